-- CreateTable
CREATE TABLE "call_comments" (
    "id" SERIAL NOT NULL,
    "call_id" INTEGER NOT NULL,
    "author_user_id" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "feedback_id" INTEGER,
    "start_sec" DOUBLE PRECISION NOT NULL,
    "end_sec" DOUBLE PRECISION,
    "quote" TEXT,
    "body" TEXT NOT NULL,
    "mentions" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMP(3),
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "call_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "call_id" INTEGER,
    "comment_id" INTEGER,
    "actor_user_id" INTEGER,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "call_comments_call_id_start_sec_idx" ON "call_comments"("call_id", "start_sec");

-- CreateIndex
CREATE INDEX "call_comments_parent_id_idx" ON "call_comments"("parent_id");

-- CreateIndex
CREATE INDEX "call_comments_author_user_id_created_at_idx" ON "call_comments"("author_user_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_idx" ON "notifications"("user_id", "read_at");

-- AddForeignKey
ALTER TABLE "call_comments" ADD CONSTRAINT "call_comments_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;
