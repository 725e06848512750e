-- AlterTable
ALTER TABLE "sync_states" ADD COLUMN "note" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_sync_leases" (
    "vendor" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "pid" INTEGER NOT NULL DEFAULT 0,
    "host" TEXT NOT NULL DEFAULT '',
    "trigger" TEXT NOT NULL DEFAULT '',
    "acquired_at" DATETIME NOT NULL,
    "heartbeat_at" DATETIME NOT NULL
);
-- Leases of the time-limited kind are not carried over: the holders they name are gone.
DROP TABLE "sync_leases";
ALTER TABLE "new_sync_leases" RENAME TO "sync_leases";
CREATE TABLE "new_sync_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "started_at" DATETIME NOT NULL,
    "ended_at" DATETIME,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "dead_lettered" INTEGER NOT NULL DEFAULT 0,
    "dropped" INTEGER NOT NULL DEFAULT 0,
    "drop_notes" TEXT,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT
);
INSERT INTO "new_sync_runs" ("created", "dead_lettered", "deleted", "ended_at", "error", "id", "requests", "started_at", "status", "stream", "trigger", "unchanged", "updated", "vendor") SELECT "created", "dead_lettered", "deleted", "ended_at", "error", "id", "requests", "started_at", "status", "stream", "trigger", "unchanged", "updated", "vendor" FROM "sync_runs";
DROP TABLE "sync_runs";
ALTER TABLE "new_sync_runs" RENAME TO "sync_runs";
CREATE INDEX "sync_runs_vendor_stream_started_at_idx" ON "sync_runs"("vendor", "stream", "started_at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
