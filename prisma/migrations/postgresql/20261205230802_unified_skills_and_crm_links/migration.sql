-- AlterTable
ALTER TABLE "rep_stat_rollups" ADD COLUMN     "unified_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "unified_sum" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "call_crm_links" (
    "id" SERIAL NOT NULL,
    "call_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "system" TEXT,
    "crm_id" TEXT,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,

    CONSTRAINT "call_crm_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skills" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "skills_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "skill_mappings" (
    "skill_set" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unified_skill" TEXT,
    "origin" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "skill_mappings_pkey" PRIMARY KEY ("skill_set","skill")
);

-- CreateTable
CREATE TABLE "skill_recomputes" (
    "id" INTEGER NOT NULL,
    "generation" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "total_keys" INTEGER NOT NULL,
    "done_keys" INTEGER NOT NULL,
    "cursor_rep" INTEGER NOT NULL,
    "cursor_day" INTEGER NOT NULL,
    "error" TEXT,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "skill_recomputes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "call_crm_links_kind_name_key_call_id_idx" ON "call_crm_links"("kind", "name_key", "call_id");

-- CreateIndex
CREATE INDEX "call_crm_links_call_id_idx" ON "call_crm_links"("call_id");

-- CreateIndex
CREATE INDEX "skill_mappings_unified_skill_idx" ON "skill_mappings"("unified_skill");

-- AddForeignKey
ALTER TABLE "call_crm_links" ADD CONSTRAINT "call_crm_links_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;
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
