-- CreateTable
CREATE TABLE "rate_limit_grants" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "granted_at" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "rate_limit_grants_key_granted_at_idx" ON "rate_limit_grants"("key", "granted_at");
