-- CreateTable
CREATE TABLE "maintenance_tasks" (
    "name" TEXT NOT NULL,
    "done_at" TIMESTAMP(3),
    "result" JSONB,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "maintenance_tasks_pkey" PRIMARY KEY ("name")
);

-- Calls stored before CRM links existed get theirs in the background (lib/maintenance.ts).
INSERT INTO "maintenance_tasks" ("name") VALUES ('crm_links_backfill');
