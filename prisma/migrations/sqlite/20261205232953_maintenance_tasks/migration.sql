-- CreateTable
CREATE TABLE "maintenance_tasks" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "done_at" DATETIME,
    "result" JSONB,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Calls stored before CRM links existed get theirs in the background (lib/maintenance.ts).
INSERT INTO "maintenance_tasks" ("name") VALUES ('crm_links_backfill');
