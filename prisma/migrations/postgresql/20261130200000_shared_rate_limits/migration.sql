-- CreateTable
CREATE TABLE "rate_limit_grants" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "granted_at" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_grants_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rate_limit_grants_key_granted_at_idx" ON "rate_limit_grants"("key", "granted_at");
