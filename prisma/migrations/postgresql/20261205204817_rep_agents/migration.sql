-- AlterTable
ALTER TABLE "reps" ADD COLUMN     "is_agent" BOOLEAN NOT NULL DEFAULT false;

-- Voice agents met before this column: every rep known through the voice-agent API.
UPDATE "reps" SET "is_agent" = true WHERE "id" IN (SELECT "rep_id" FROM "rep_identities" WHERE "vendor" = 'voice-agent');
