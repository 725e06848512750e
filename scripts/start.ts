// npm start: validates configuration, migrates the database, builds the
// dashboard when needed, and serves it.
import { spawn } from "node:child_process";
import path from "node:path";
import { loadEnvOrExit } from "../lib/env";
import { applyMigrations, MigrationError } from "../lib/db/migrations";
import { buildIfNeeded } from "./lib/build";

const log = (line: string) => console.error(`[coachboard] ${line}`);
const env = loadEnvOrExit();

try {
  const applied = await applyMigrations(env.DATABASE_URL);
  if (applied.length) log(`Applied ${applied.length} database migration(s)`);
} catch (error) {
  if (error instanceof MigrationError) {
    log(`Migration refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

buildIfNeeded(log);

const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(env.PORT)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
log(`Coachboard is starting on http://localhost:${env.PORT}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
