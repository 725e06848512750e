// npm run db:new-migration -- NAME: writes the SQL of the schema change since
// the last migration, for SQLite and for PostgreSQL.
import { createMigration, MigrationError } from "../lib/db/migrations";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:new-migration -- NAME   (lower_snake_case, like add_call_tags)");
  process.exit(2);
}
try {
  const written = await createMigration(name);
  if (written.length === 0) console.error("prisma/schema.prisma has not changed since the last migration; nothing written");
  for (const dir of written) console.error(`Wrote ${dir}/migration.sql`);
  if (written.length) console.error("Review the SQL, then run npm run db:generate and npm run db:migrate.");
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
