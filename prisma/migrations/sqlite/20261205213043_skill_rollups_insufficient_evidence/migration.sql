-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_rep_skill_rollups" (
    "grain" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "skill_set" TEXT NOT NULL,
    "rep_id" INTEGER NOT NULL,
    "skill" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "score_count" INTEGER NOT NULL,
    "score_sum" REAL NOT NULL,
    "insufficient_count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("skill_set", "grain", "bucket", "rep_id", "skill")
);
INSERT INTO "new_rep_skill_rollups" ("bucket", "grain", "label", "rep_id", "score_count", "score_sum", "skill", "skill_set") SELECT "bucket", "grain", "label", "rep_id", "score_count", "score_sum", "skill", "skill_set" FROM "rep_skill_rollups";
DROP TABLE "rep_skill_rollups";
ALTER TABLE "new_rep_skill_rollups" RENAME TO "rep_skill_rollups";
CREATE INDEX "rep_skill_rollups_rep_id_grain_bucket_idx" ON "rep_skill_rollups"("rep_id", "grain", "bucket");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Scores given on insufficient evidence leave the averages and are counted on their own:
-- the skill rollups are made again from the calls, as lib/sync/store/rollups.ts makes them.
DELETE FROM "rep_skill_rollups";
INSERT INTO "rep_skill_rollups" ("grain", "bucket", "skill_set", "rep_id", "skill", "label", "score_count", "score_sum", "insufficient_count")
SELECT 'day', (c.started_at / 86400000), s.skill_set, c.rep_id, s.skill, MIN(s.label),
       SUM(CASE WHEN s.insufficient_evidence THEN 0 ELSE 1 END),
       COALESCE(SUM(CASE WHEN s.insufficient_evidence THEN 0 ELSE (CASE WHEN s.score > 100 THEN 100 WHEN s.score < 0 THEN 0 ELSE s.score END) END), 0),
       SUM(CASE WHEN s.insufficient_evidence THEN 1 ELSE 0 END)
FROM "calls" c JOIN "call_scores" s ON s.call_id = c.id
WHERE c.deleted_at IS NULL AND c.rep_id IS NOT NULL
GROUP BY (c.started_at / 86400000), s.skill_set, c.rep_id, s.skill;
INSERT INTO "rep_skill_rollups" ("grain", "bucket", "skill_set", "rep_id", "skill", "label", "score_count", "score_sum", "insufficient_count")
SELECT 'week', CAST(bucket / 7 AS INTEGER), skill_set, rep_id, skill, MIN(label), SUM(score_count), SUM(score_sum), SUM(insufficient_count)
FROM "rep_skill_rollups" WHERE grain = 'day'
GROUP BY CAST(bucket / 7 AS INTEGER), skill_set, rep_id, skill;
