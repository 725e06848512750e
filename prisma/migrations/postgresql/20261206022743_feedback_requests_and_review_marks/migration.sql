-- AlterTable
ALTER TABLE "users" ADD COLUMN     "review_threshold" INTEGER;

-- CreateTable
CREATE TABLE "feedback_requests" (
    "id" SERIAL NOT NULL,
    "call_id" INTEGER NOT NULL,
    "requested_by_user_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMP(3),
    "resolved_by_user_id" INTEGER,

    CONSTRAINT "feedback_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_review_marks" (
    "id" SERIAL NOT NULL,
    "call_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_review_marks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "feedback_requests_call_id_resolved_at_idx" ON "feedback_requests"("call_id", "resolved_at");

-- CreateIndex
CREATE INDEX "feedback_requests_resolved_at_created_at_idx" ON "feedback_requests"("resolved_at", "created_at");

-- CreateIndex
CREATE INDEX "call_review_marks_user_id_created_at_idx" ON "call_review_marks"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "call_review_marks_call_id_user_id_key" ON "call_review_marks"("call_id", "user_id");

-- AddForeignKey
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_review_marks" ADD CONSTRAINT "call_review_marks_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;
