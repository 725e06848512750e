-- CreateTable
CREATE TABLE "call_crm_links" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "call_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "system" TEXT,
    "crm_id" TEXT,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    CONSTRAINT "call_crm_links_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "skills" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "skill_mappings" (
    "skill_set" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unified_skill" TEXT,
    "origin" TEXT NOT NULL,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("skill_set", "skill")
);

-- CreateTable
CREATE TABLE "skill_recomputes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "generation" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "total_keys" INTEGER NOT NULL,
    "done_keys" INTEGER NOT NULL,
    "cursor_rep" INTEGER NOT NULL,
    "cursor_day" INTEGER NOT NULL,
    "error" TEXT,
    "started_at" DATETIME,
    "finished_at" DATETIME,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_rep_stat_rollups" (
    "grain" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "rep_id" INTEGER NOT NULL,
    "vendor" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "scored_calls" INTEGER NOT NULL,
    "score_sum" REAL NOT NULL,
    "talk_ratio_sum" REAL NOT NULL,
    "talk_ratio_count" INTEGER NOT NULL,
    "questions_sum" REAL NOT NULL,
    "questions_count" INTEGER NOT NULL,
    "fillers_sum" REAL NOT NULL,
    "fillers_count" INTEGER NOT NULL,
    "unified_sum" REAL NOT NULL DEFAULT 0,
    "unified_count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("grain", "bucket", "rep_id", "vendor")
);
INSERT INTO "new_rep_stat_rollups" ("bucket", "calls", "fillers_count", "fillers_sum", "grain", "questions_count", "questions_sum", "rep_id", "score_sum", "scored_calls", "talk_ratio_count", "talk_ratio_sum", "vendor") SELECT "bucket", "calls", "fillers_count", "fillers_sum", "grain", "questions_count", "questions_sum", "rep_id", "score_sum", "scored_calls", "talk_ratio_count", "talk_ratio_sum", "vendor" FROM "rep_stat_rollups";
DROP TABLE "rep_stat_rollups";
ALTER TABLE "new_rep_stat_rollups" RENAME TO "rep_stat_rollups";
CREATE INDEX "rep_stat_rollups_rep_id_grain_bucket_idx" ON "rep_stat_rollups"("rep_id", "grain", "bucket");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "call_crm_links_kind_name_key_call_id_idx" ON "call_crm_links"("kind", "name_key", "call_id");

-- CreateIndex
CREATE INDEX "call_crm_links_call_id_idx" ON "call_crm_links"("call_id");

-- CreateIndex
CREATE INDEX "skill_mappings_unified_skill_idx" ON "skill_mappings"("unified_skill");
-- Coachboard's skills and the shipped mapping of the fixed vendor sets (lib/domain/skills.ts);
-- scorecard skills are matched by name when the rollups are rebuilt.
INSERT INTO "skills" ("key", "label", "description", "position", "updated_at") VALUES
    ('opening', 'Opening', 'Intro, reason for the call, rapport', 0, CURRENT_TIMESTAMP),
    ('discovery', 'Discovery', 'Questions that uncover needs, pain and fit', 1, CURRENT_TIMESTAMP),
    ('value_pitch', 'Value & pitch', 'A clear, relevant message tied to what was found', 2, CURRENT_TIMESTAMP),
    ('objection_handling', 'Objection handling', 'Acknowledging and answering pushback', 3, CURRENT_TIMESTAMP),
    ('closing', 'Closing & next step', 'Asking for the commitment or a concrete next step', 4, CURRENT_TIMESTAMP),
    ('delivery', 'Delivery', 'Tone, pace, clarity and confidence', 5, CURRENT_TIMESTAMP),
    ('active_listening', 'Active listening', 'Letting the prospect talk and building on it', 6, CURRENT_TIMESTAMP);
INSERT INTO "skill_mappings" ("skill_set", "skill", "label", "unified_skill", "origin") VALUES
    ('salesfinity', 'intro', 'Intro', 'opening', 'default'),
    ('salesfinity', 'discovery', 'Discovery', 'discovery', 'default'),
    ('salesfinity', 'pitch', 'Pitch', 'value_pitch', 'default'),
    ('salesfinity', 'tonality', 'Tonality', 'delivery', 'default'),
    ('salesfinity', 'objection_handling', 'Objection handling', 'objection_handling', 'default'),
    ('salesfinity', 'cta', 'Call to action', 'closing', 'default'),
    ('analyses', 'clarity', 'Clarity', 'value_pitch', 'default'),
    ('analyses', 'influence', 'Influence', 'value_pitch', 'default'),
    ('analyses', 'objection', 'Objection handling', 'objection_handling', 'default'),
    ('analyses', 'discovery', 'Discovery', 'discovery', 'default'),
    ('analyses', 'delivery', 'Delivery', 'delivery', 'default'),
    ('analyses', 'close', 'Close', 'closing', 'default');
-- The unified rollups are built by a recompute, queued here and run by the app in steps.
INSERT INTO "skill_recomputes" ("id", "generation", "state", "total_keys", "done_keys", "cursor_rep", "cursor_day") VALUES (1, 1, 'queued', 0, 0, -1, -1);
