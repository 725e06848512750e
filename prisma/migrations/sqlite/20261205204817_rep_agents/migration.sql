-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_reps" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "team_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "is_agent" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "reps_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_reps" ("active", "created_at", "email", "id", "name", "team_id", "updated_at") SELECT "active", "created_at", "email", "id", "name", "team_id", "updated_at" FROM "reps";
DROP TABLE "reps";
ALTER TABLE "new_reps" RENAME TO "reps";
CREATE UNIQUE INDEX "reps_email_key" ON "reps"("email");
CREATE INDEX "reps_team_id_idx" ON "reps"("team_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Voice agents met before this column: every rep known through the voice-agent API.
UPDATE "reps" SET "is_agent" = true WHERE "id" IN (SELECT "rep_id" FROM "rep_identities" WHERE "vendor" = 'voice-agent');
