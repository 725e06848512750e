-- CreateIndex
CREATE INDEX "calls_vendor_started_at_idx" ON "calls"("vendor", "started_at");
