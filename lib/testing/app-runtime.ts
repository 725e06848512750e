// The app's in-process sync in a process of its own, for the shutdown test:
// it starts a pass of every vendor, says "syncing", and drains on SIGTERM as
// the server does (instrumentation.ts).
import { openSql } from "@/lib/db/sql";
import { parseEnv } from "@/lib/env";
import { drainSyncOnExit, SyncRuntime } from "@/lib/sync/runtime";
import { buildConnectors } from "@/lib/vendors";
import { TEST_CONNECTOR_OPTIONS } from "./connector-options";

const env = parseEnv(process.env);
const sql = await openSql(env.DATABASE_URL);
const runtime = new SyncRuntime(sql, buildConnectors(env, { ...TEST_CONNECTOR_OPTIONS, timeoutMs: 30_000 }));
(globalThis as { coachboardSync?: Promise<SyncRuntime> }).coachboardSync = Promise.resolve(runtime);
drainSyncOnExit();
void runtime.triggerAll("schedule");
process.stdout.write("syncing\n");
