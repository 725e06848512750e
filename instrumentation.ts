// Runs once when the server starts: the scheduled sync lives in the app
// process (the embedded SQLite setup).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  const env = getEnv();
  if (!env.SYNC_SCHEDULE) return;
  const { getSyncRuntime } = await import("./lib/sync/runtime");
  const runtime = await getSyncRuntime();
  runtime.startSchedule(env.SYNC_INTERVAL_MINUTES);
}
