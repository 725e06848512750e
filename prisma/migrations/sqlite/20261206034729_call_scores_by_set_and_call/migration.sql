-- CreateIndex
CREATE INDEX "call_scores_skill_set_call_id_idx" ON "call_scores"("skill_set", "call_id");
