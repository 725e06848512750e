// npm run db:migrate: applies the committed migrations to DATABASE_URL.
import { loadEnvOrExit } from "../lib/env";
import { applyMigrations, MigrationError } from "../lib/db/migrations";
import { providerFromUrl } from "../lib/db/provider";

const env = loadEnvOrExit();
try {
  const applied = await applyMigrations(env.DATABASE_URL);
  const where = providerFromUrl(env.DATABASE_URL) === "sqlite" ? env.DATABASE_URL : "PostgreSQL";
  console.error(
    applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `Database ${where} is up to date`,
  );
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(`Migration refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
