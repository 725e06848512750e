// Runs once when the server starts: the scheduled sync lives in the app
// process (the embedded SQLite setup).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  const env = getEnv();
  const { drainSyncOnExit, getSyncRuntime } = await import("./lib/sync/runtime");
  // npm start runs the server with NEXT_MANUAL_SIG_HANDLE: shutting down is ours, sync included.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) drainSyncOnExit();
  // Work an upgrade left (a backfill), and a skill-mapping recompute that was queued or cut short
  // by a crash, go on in the background.
  const [{ getSql }, { recomputeInBackground }, { runMaintenance }] = await Promise.all([import("./lib/db"), import("./lib/skills/recompute"), import("./lib/maintenance")]);
  void getSql()
    .then((sql) => runMaintenance(sql, (line) => console.log(`[maintenance] ${line}`)))
    .catch((error: unknown) => console.error(`[maintenance] ${error instanceof Error ? error.message : String(error)}`));
  recomputeInBackground(getSql);
  if (!env.SYNC_SCHEDULE) return;
  const runtime = await getSyncRuntime();
  runtime.startSchedule(env.SYNC_INTERVAL_MINUTES);
}
