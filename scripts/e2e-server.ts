// The server the browser tests run against: a fresh database, then npm start.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { sqliteFilePath } from "../lib/db/provider";

const url = process.env.DATABASE_URL ?? "file:./data/e2e.db";
const file = sqliteFilePath(url);
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });

// The demo on a database of its own, asked for explicitly: a configured DATABASE_URL alone never gets it.
const server = spawn("npm", ["start"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, COACHBOARD_DEMO: "true" } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
