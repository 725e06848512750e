import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { type UserSettings, type UserSettingsPatch, userSettingsPatchSchema, userSettingsSchema } from "@/lib/settings";
import { parseTimeZone, type ViewerTimeZone, zoneProbes, zoneRules } from "@/lib/time-zone";

/** The signed-in user's own settings. A zone stored that this server no longer knows reads as none. */
export async function getUserSettings(viewer: Viewer): Promise<UserSettings> {
  const sql = await getSql();
  const [row] = await sql.all<{ time_zone: string | null }>(`SELECT time_zone FROM users WHERE id = ?`, [viewer.userId]);
  return userSettingsSchema.parse({ timeZone: parseTimeZone(row?.time_zone ?? null) });
}

/** Changes the signed-in user's own settings (no one else's) and answers them as stored. */
export async function updateUserSettings(viewer: Viewer, patch: UserSettingsPatch): Promise<UserSettings> {
  const { timeZone } = userSettingsPatchSchema.parse(patch);
  const sql = await getSql();
  await sql.run(`UPDATE users SET time_zone = ?, updated_at = ? WHERE id = ?`, [timeZone, new Date(), viewer.userId]);
  return getUserSettings(viewer);
}

/**
 * The zone a request's times are shown in: the user's setting (read with the
 * viewer, so no query of its own), else the zone the browser reported in its
 * cookie (`browserZone`, as received: anything that is not a zone is
 * ignored), else UTC.
 */
export function getViewerTimeZone(viewer: Viewer, browserZone: string | undefined, now = new Date()): ViewerTimeZone {
  const timeZone = parseTimeZone(viewer.timeZone ?? null);
  const browser = parseTimeZone(browserZone);
  const browserRules = browser ? zoneRules(browser, now) : null;
  const shown = timeZone ?? browser;
  return {
    rules: shown === browser && browserRules ? browserRules : zoneRules(shown ?? "UTC", now),
    source: timeZone ? "setting" : browser ? "browser" : "default",
    browser: browser && browserRules ? { id: browser, probes: zoneProbes(browserRules, now) } : null,
  };
}
