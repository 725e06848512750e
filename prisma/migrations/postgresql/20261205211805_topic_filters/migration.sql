-- CreateIndex
CREATE INDEX "topic_matches_topic_external_id_summary_id_idx" ON "topic_matches"("topic_external_id", "summary_id");
