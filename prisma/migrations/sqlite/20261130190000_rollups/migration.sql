-- CreateTable
CREATE TABLE "rep_stat_rollups" (
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

    PRIMARY KEY ("grain", "bucket", "rep_id", "vendor")
);

-- CreateTable
CREATE TABLE "rep_skill_rollups" (
    "grain" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "skill_set" TEXT NOT NULL,
    "rep_id" INTEGER NOT NULL,
    "skill" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "score_count" INTEGER NOT NULL,
    "score_sum" REAL NOT NULL,

    PRIMARY KEY ("skill_set", "grain", "bucket", "rep_id", "skill")
);

-- CreateIndex
CREATE INDEX "rep_stat_rollups_rep_id_grain_bucket_idx" ON "rep_stat_rollups"("rep_id", "grain", "bucket");

-- CreateIndex
CREATE INDEX "rep_skill_rollups_rep_id_grain_bucket_idx" ON "rep_skill_rollups"("rep_id", "grain", "bucket");
