-- CreateIndex
CREATE INDEX "listens_vendor_listener_external_id_listened_on_idx" ON "listens"("vendor", "listener_external_id", "listened_on");
