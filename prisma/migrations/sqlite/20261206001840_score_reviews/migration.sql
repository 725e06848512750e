-- CreateTable
CREATE TABLE "score_reviews" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "call_id" INTEGER NOT NULL,
    "skill_set" TEXT,
    "skill" TEXT,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "old_score" REAL,
    "new_score" REAL,
    "reason" TEXT NOT NULL,
    "quote" TEXT,
    "quote_start_sec" REAL,
    "quote_end_sec" REAL,
    "created_by_user_id" INTEGER NOT NULL,
    "decided_by_user_id" INTEGER,
    "decision_reason" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" DATETIME,
    CONSTRAINT "score_reviews_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "score_reviews_call_id_skill_set_skill_idx" ON "score_reviews"("call_id", "skill_set", "skill");

-- CreateIndex
CREATE INDEX "score_reviews_state_created_at_idx" ON "score_reviews"("state", "created_at");
