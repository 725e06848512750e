-- AlterTable
ALTER TABLE "sync_states" ADD COLUMN     "note" TEXT;

-- Leases of the time-limited kind are not carried over: the holders they name are gone.
DELETE FROM "sync_leases";

-- AlterTable
ALTER TABLE "sync_leases" DROP COLUMN "expires_at",
ADD COLUMN     "heartbeat_at" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "host" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pid" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "trigger" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "sync_runs" ADD COLUMN     "drop_notes" TEXT,
ADD COLUMN     "dropped" INTEGER NOT NULL DEFAULT 0;
