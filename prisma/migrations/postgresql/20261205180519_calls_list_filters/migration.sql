-- DropIndex
DROP INDEX "calls_rep_id_started_at_idx";

-- CreateIndex
CREATE INDEX "calls_rep_id_started_at_id_vendor_outcome_overall_score_del_idx" ON "calls"("rep_id", "started_at", "id", "vendor", "outcome", "overall_score", "deleted_at");

-- CreateIndex
CREATE INDEX "calls_outcome_started_at_idx" ON "calls"("outcome", "started_at");

-- CreateIndex
CREATE INDEX "calls_vendor_outcome_started_at_idx" ON "calls"("vendor", "outcome", "started_at");

-- CreateIndex
CREATE INDEX "calls_vendor_overall_score_idx" ON "calls"("vendor", "overall_score");

-- CreateIndex
CREATE INDEX "calls_overall_score_idx" ON "calls"("overall_score");
