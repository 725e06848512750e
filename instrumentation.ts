// Runs once when the server starts: the scheduled sync lives in the app
// process (the embedded SQLite setup).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  const env = getEnv();
  const { drainSyncOnExit, getSyncRuntime } = await import("./lib/sync/runtime");
  // npm start runs the server with NEXT_MANUAL_SIG_HANDLE: shutting down is ours, sync included.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) drainSyncOnExit();
  // A skill-mapping recompute that was queued, or cut short by a crash, goes on in the background.
  const [{ getSql }, { recomputeInBackground }] = await Promise.all([import("./lib/db"), import("./lib/skills/recompute")]);
  recomputeInBackground(getSql);
  if (!env.SYNC_SCHEDULE) return;
  const runtime = await getSyncRuntime();
  runtime.startSchedule(env.SYNC_INTERVAL_MINUTES);
}
