import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { toBool, toDate } from "@/lib/db/values";
import { callTitle } from "@/lib/domain/call-title";
import { type RepActivity, repActivitySchema, type RepKpi } from "./dto-rep-activity";
import { CALL_PARTY_COLUMNS, type CallPartyRow, callParties } from "./get-call";
import { findVisibleRep } from "./get-rep-overview";
import { repScope } from "./scope";

/** How many of the calls the rep listened to are listed by name. */
export const LATEST_LISTENS = 5;

export interface RepActivityParams {
  from: Date;
  to: Date;
}

/** A listen is dated by day only: the period's days, [from, to), as the listens table spells them. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The rep's KPI observations against their targets, and listening: calls the rep listened to and
 * others' listens of the rep's calls, in the period. Null when the viewer may not see the rep.
 *
 * Every read starts from the rep's own identities (rep_identities by rep_id), so it stays per rep:
 * - KPI observations: kpi_observations (vendor, observed_external_id);
 * - listens of the rep's calls: calls (rep_id, ...) then listens (vendor, call_external_id);
 * - listens by the rep: by (vendor, listener_external_id), which no index covers yet, see the report
 *   for the index (listens: vendor, listener_external_id, listened_on) this query is written for.
 */
export async function getRepActivity(viewer: Viewer, repId: number, params: RepActivityParams): Promise<RepActivity | null> {
  const rep = await findVisibleRep(viewer, repId);
  if (!rep) return null;
  const sql = await getSql();
  const days = [isoDay(params.from), isoDay(params.to)];

  const kpiQuery = sql.all<{ kpi: string; observed_at: unknown; value: number; description: string | null; frequency: string | null; target: number | null; observer: string | null }>(
    `SELECT o.kpi_external_id AS kpi, o.observed_at, o.value, d.description, d.frequency, d.target, obr.name AS observer
     FROM rep_identities i
     JOIN kpi_observations o ON o.vendor = i.vendor AND o.observed_external_id = i.external_id
     LEFT JOIN kpi_definitions d ON d.vendor = o.vendor AND d.external_id = o.kpi_external_id
     LEFT JOIN rep_identities oi ON oi.vendor = o.vendor AND oi.external_id = o.observer_external_id
     LEFT JOIN reps obr ON obr.id = oi.rep_id
     WHERE i.rep_id = ? AND o.observed_at >= ? AND o.observed_at < ?
     ORDER BY o.kpi_external_id, o.observed_at, o.id`,
    [repId, params.from, params.to],
  );

  const byRep = `FROM rep_identities i JOIN listens l ON l.vendor = i.vendor AND l.listener_external_id = i.external_id
     WHERE i.rep_id = ? AND l.listened_on >= ? AND l.listened_on < ?`;
  const listenedTotalsQuery = sql.all<{ n: number; seconds: number | null }>(`SELECT COUNT(*) AS n, SUM(l.seconds_listened) AS seconds ${byRep}`, [repId, ...days]);
  // A call the viewer may not open is joined as missing: its title would tell whose call it was.
  const visibleReps = repScope(viewer, "vr");
  const visible = viewer.role === "admin" ? { sql: "", params: [] } : { sql: ` AND c.rep_id IN (SELECT vr.id FROM reps vr WHERE ${visibleReps.sql})`, params: visibleReps.params };
  const latestQuery = sql.all<{
    listened_on: string;
    seconds: number;
    call_id: number | null;
    held: unknown;
  } & CallPartyRow>(
    `SELECT l.listened_on, l.seconds_listened AS seconds, c.id AS call_id, ${CALL_PARTY_COLUMNS},
            EXISTS (SELECT 1 FROM calls x WHERE x.vendor = l.vendor AND x.external_id = l.call_external_id AND x.deleted_at IS NULL) AS held
     FROM rep_identities i JOIN listens l ON l.vendor = i.vendor AND l.listener_external_id = i.external_id
     LEFT JOIN calls c ON c.vendor = l.vendor AND c.external_id = l.call_external_id AND c.deleted_at IS NULL${visible.sql}
     WHERE i.rep_id = ? AND l.listened_on >= ? AND l.listened_on < ?
     ORDER BY l.listened_on DESC, l.id DESC LIMIT ${LATEST_LISTENS}`,
    [...visible.params, repId, ...days],
  );

  // Others' listens of the rep's calls: the rep listening back to his own calls is not someone else's interest.
  const ofRep = `FROM calls c JOIN listens l ON l.vendor = c.vendor AND l.call_external_id = c.external_id
     WHERE c.rep_id = ? AND c.deleted_at IS NULL AND l.listened_on >= ? AND l.listened_on < ?
       AND NOT EXISTS (SELECT 1 FROM rep_identities si WHERE si.rep_id = ? AND si.vendor = l.vendor AND si.external_id = l.listener_external_id)`;
  const ofRepParams = [repId, ...days, repId];
  const listenedToTotalsQuery = sql.all<{ n: number; seconds: number | null; listeners: number }>(
    `SELECT COUNT(*) AS n, SUM(l.seconds_listened) AS seconds, COUNT(DISTINCT l.vendor || ':' || l.listener_external_id) AS listeners ${ofRep}`,
    ofRepParams,
  );
  const topListenerQuery = sql.all<{ n: number; seconds: number; name: string | null }>(
    `SELECT COUNT(*) AS n, SUM(l.seconds_listened) AS seconds, MIN(lr.name) AS name
     FROM calls c JOIN listens l ON l.vendor = c.vendor AND l.call_external_id = c.external_id
     LEFT JOIN rep_identities li ON li.vendor = l.vendor AND li.external_id = l.listener_external_id
     LEFT JOIN reps lr ON lr.id = li.rep_id
     WHERE c.rep_id = ? AND c.deleted_at IS NULL AND l.listened_on >= ? AND l.listened_on < ?
       AND NOT EXISTS (SELECT 1 FROM rep_identities si WHERE si.rep_id = ? AND si.vendor = l.vendor AND si.external_id = l.listener_external_id)
     GROUP BY l.vendor, l.listener_external_id ORDER BY COUNT(*) DESC, SUM(l.seconds_listened) DESC, MIN(lr.name) LIMIT 1`,
    ofRepParams,
  );

  // Independent reads: on PostgreSQL they run side by side on the pool.
  const [kpiRows, [listenedTotals], latest, [listenedToTotals], [top]] = await Promise.all([kpiQuery, listenedTotalsQuery, latestQuery, listenedToTotalsQuery, topListenerQuery]);

  const kpis: RepKpi[] = [];
  for (const row of kpiRows) {
    let kpi = kpis[kpis.length - 1];
    if (!kpi || kpi.key !== row.kpi) {
      kpi = {
        key: row.kpi,
        description: row.description?.trim() || null,
        frequency: row.frequency?.trim().toLowerCase() || null,
        target: row.target === null ? null : Number(row.target),
        observations: [],
      };
      kpis.push(kpi);
    }
    kpi.observations.push({ at: toDate(row.observed_at)!.toISOString(), value: Number(row.value), observer: row.observer });
  }

  const hiddenCall = viewer.role === "manager" ? "A call outside your teams" : "A call you don't have access to";
  const listenedCount = Number(listenedTotals?.n ?? 0);
  const listenedToCount = Number(listenedToTotals?.n ?? 0);
  return repActivitySchema.parse({
    repId: Number(rep.id),
    repName: rep.name,
    from: params.from.toISOString(),
    to: params.to.toISOString(),
    kpis,
    listening: {
      listened: listenedCount
        ? {
            count: listenedCount,
            seconds: Number(listenedTotals.seconds ?? 0),
            latest: latest.map((l) => ({
              listenedOn: l.listened_on,
              seconds: Number(l.seconds),
              callId: l.call_id === null ? null : Number(l.call_id),
              title: l.call_id !== null ? callTitle(callParties(l)) : toBool(l.held) ? hiddenCall : "A call not in Coachboard",
            })),
          }
        : null,
      listenedTo:
        listenedToCount && top
          ? {
              count: listenedToCount,
              seconds: Number(listenedToTotals.seconds ?? 0),
              listeners: Number(listenedToTotals.listeners),
              top: { name: top.name, count: Number(top.n), seconds: Number(top.seconds ?? 0) },
            }
          : null,
    },
  });
}
