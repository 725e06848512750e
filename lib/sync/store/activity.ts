// What happens around calls: topics and topic matches, feedback, listens,
// shares, coaching plans and meetings, KPIs. Each record is keyed by
// (vendor, external id) and written only when its content hash changed.
import "server-only";
import { insertRows, placeholders, type SqlValue, upsertRows } from "@/lib/db/sql";
import { parseJsonColumn, stableJson, toBool } from "@/lib/db/values";
import type {
  CallTopicsRecord,
  CoachingMeetingRecord,
  CoachingPlanRecord,
  FeedbackRecord,
  KpiDefinitionRecord,
  KpiObservationRecord,
  ListenRecord,
  ShareRecord,
  TopicRecord,
} from "@/lib/domain/records";
import type { Vendor } from "@/lib/domain/vendors";
import { type Counts, dedupeBy, emptyCounts, hashOf, json, selectIn, type StoreContext } from "./common";

interface HashedSpec<R> {
  table: string;
  /** Columns of the row, without content_hash, which is appended. */
  columns: readonly string[];
  row(record: R): SqlValue[];
  /** The vendor's modified time: an older copy never overwrites a newer one. */
  modified?(record: R): Date;
}

/**
 * Upserts records keyed by (vendor, external_id); returns the counts and the
 * database ids of the rows written (new or changed).
 */
async function upsertHashed<R extends { vendor: Vendor; externalId: string }>(
  ctx: StoreContext,
  spec: HashedSpec<R>,
  records: R[],
): Promise<{ counts: Counts; written: Map<string, number> }> {
  const counts = emptyCounts();
  const written = new Map<string, number>();
  const list = dedupeBy(records, (r) => `${r.vendor}\u0000${r.externalId}`);
  if (!list.length) return { counts, written };
  const vendor = list[0].vendor;
  const hasModified = spec.modified !== undefined;
  const existing = await selectIn<{ external_id: string; content_hash: string; vendor_updated_at?: unknown }>(
    ctx.sql,
    (l) => `SELECT external_id, content_hash${hasModified ? ", vendor_updated_at" : ""} FROM ${spec.table} WHERE vendor = ? AND external_id IN (${l})`,
    [vendor],
    list.map((r) => r.externalId),
  );
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const rows: SqlValue[][] = [];
  for (const record of list) {
    const hash = hashOf(record);
    const row = known.get(record.externalId);
    if (row && (row.content_hash === hash || (spec.modified && toMs(row.vendor_updated_at) > spec.modified(record).getTime()))) {
      counts.unchanged++;
      continue;
    }
    if (row) counts.updated++;
    else counts.created++;
    rows.push([...spec.row(record), hash]);
  }
  const returned = await upsertRows<{ id: number; external_id: string }>(
    ctx.sql,
    { table: spec.table, columns: [...spec.columns, "content_hash"], conflict: ["vendor", "external_id"], returning: ["id", "external_id"] },
    rows,
  );
  for (const row of returned) written.set(row.external_id, Number(row.id));
  return { counts, written };
}

function toMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value;
  return new Date(String(value)).getTime();
}

export async function writeTopics(ctx: StoreContext, topics: TopicRecord[], snapshot: boolean): Promise<Counts> {
  const counts = emptyCounts();
  const list = dedupeBy(topics, (t) => `${t.vendor}\u0000${t.externalId}`);
  if (!list.length) return counts;
  const existing = await ctx.sql.all<{ external_id: string; raw: unknown; active: unknown }>(`SELECT external_id, raw, active FROM topics WHERE vendor = ?`, [list[0].vendor]);
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const changed = list.filter((t) => {
    const row = known.get(t.externalId);
    const same = row && stableJson(parseJsonColumn(row.raw)) === stableJson(t.raw) && toBool(row.active);
    if (!row) counts.created++;
    else if (same) counts.unchanged++;
    else counts.updated++;
    return !same;
  });
  await upsertRows(
    ctx.sql,
    { table: "topics", columns: ["vendor", "external_id", "name", "words", "active", "raw", "updated_at"], conflict: ["vendor", "external_id"] },
    changed.map((t) => [t.vendor, t.externalId, t.name, JSON.stringify(t.words), true, json(t.raw), ctx.now]),
  );
  if (snapshot) {
    const present = new Set(list.map((t) => t.externalId));
    const gone = existing.filter((row) => toBool(row.active) && !present.has(row.external_id)).map((row) => row.external_id);
    if (gone.length) {
      await ctx.sql.run(`UPDATE topics SET active = ?, updated_at = ? WHERE vendor = ? AND external_id IN (${placeholders(gone.length)})`, [false, ctx.now, list[0].vendor, ...gone]);
      counts.deleted += gone.length;
    }
  }
  return counts;
}

export async function writeCallTopics(ctx: StoreContext, records: CallTopicsRecord[]): Promise<Counts> {
  const keyed = records.map((r) => ({ ...r, externalId: r.callExternalId }));
  const list = dedupeBy(keyed, (r) => `${r.vendor}\u0000${r.callExternalId}`);
  const counts = emptyCounts();
  if (!list.length) return counts;
  const vendor = list[0].vendor;
  const existing = await selectIn<{ id: number; call_external_id: string; content_hash: string }>(
    ctx.sql,
    (l) => `SELECT id, call_external_id, content_hash FROM call_topic_summaries WHERE vendor = ? AND call_external_id IN (${l})`,
    [vendor],
    list.map((r) => r.callExternalId),
  );
  const known = new Map(existing.map((row) => [row.call_external_id, row]));
  const changed = list.filter((r) => {
    const row = known.get(r.callExternalId);
    const hash = hashOf(r.raw);
    if (!row) counts.created++;
    else if (row.content_hash === hash) {
      counts.unchanged++;
      return false;
    } else counts.updated++;
    return true;
  });
  const written = await upsertRows<{ id: number; call_external_id: string }>(
    ctx.sql,
    {
      table: "call_topic_summaries",
      columns: ["vendor", "call_external_id", "vendor_updated_at", "question_counts", "raw", "content_hash"],
      conflict: ["vendor", "call_external_id"],
      returning: ["id", "call_external_id"],
    },
    changed.map((r) => [r.vendor, r.callExternalId, r.vendorUpdatedAt, json(r.questionCounts), json(r.raw), hashOf(r.raw)]),
  );
  const ids = written.map((row) => Number(row.id));
  if (ids.length) await ctx.sql.run(`DELETE FROM topic_matches WHERE summary_id IN (${placeholders(ids.length)})`, ids);
  const byCall = new Map(written.map((row) => [row.call_external_id, Number(row.id)]));
  await insertRows(
    ctx.sql,
    "topic_matches",
    ["summary_id", "topic_external_id", "topic_name", "block_index", "block_start_sec", "block_end_sec", "block_text", "speaker_type", "search_text", "matching_text", "start_sec", "end_sec", "start_index", "end_index"],
    changed.flatMap((r) =>
      r.matches.map((m) => [
        byCall.get(r.callExternalId)!, m.topicExternalId, m.topicName, m.blockIndex, m.blockStartSec, m.blockEndSec, m.blockText,
        m.speakerType, JSON.stringify(m.searchText), m.matchingText, m.startSec, m.endSec, m.startIndex, m.endIndex,
      ]),
    ),
  );
  return counts;
}

export async function writeFeedback(ctx: StoreContext, records: FeedbackRecord[]): Promise<Counts> {
  return (
    await upsertHashed(
      ctx,
      {
        table: "feedback",
        columns: ["vendor", "external_id", "call_external_id", "author_external_id", "is_comment", "is_highlight", "text", "start_sec", "end_sec", "given_at", "vendor_updated_at", "raw"],
        row: (f) => [f.vendor, f.externalId, f.callExternalId, f.authorExternalId, f.isComment, f.isHighlight, f.text ?? null, f.startSec, f.endSec ?? null, f.givenAt, f.vendorUpdatedAt, json(f.raw)],
        modified: (f) => f.vendorUpdatedAt,
      },
      records,
    )
  ).counts;
}

export async function writeListens(ctx: StoreContext, records: ListenRecord[]): Promise<Counts> {
  return (
    await upsertHashed(
      ctx,
      {
        table: "listens",
        columns: ["vendor", "external_id", "call_external_id", "listener_external_id", "caller_external_id", "listened_on", "seconds_listened", "raw"],
        row: (l) => [l.vendor, l.externalId, l.callExternalId, l.listenerExternalId, l.callerExternalId ?? null, l.listenedOn, l.secondsListened, json(l.raw)],
      },
      records,
    )
  ).counts;
}

export async function writeShares(ctx: StoreContext, records: ShareRecord[]): Promise<Counts> {
  return (
    await upsertHashed(
      ctx,
      {
        table: "shares",
        columns: ["vendor", "external_id", "call_external_id", "shared_by_external_id", "shared_at", "recipient_user_ids", "recipient_emails", "raw"],
        row: (s) => [s.vendor, s.externalId, s.callExternalId, s.sharedByExternalId, s.sharedAt, JSON.stringify(s.recipientUserIds), JSON.stringify(s.recipientEmails), json(s.raw)],
      },
      records,
    )
  ).counts;
}

export async function writePlans(ctx: StoreContext, records: CoachingPlanRecord[]): Promise<Counts> {
  const { counts, written } = await upsertHashed(
    ctx,
    {
      table: "coaching_plans",
      columns: ["vendor", "external_id", "name", "objective", "start_date", "coach_external_id", "recipient_external_id", "planned_meetings", "completed_meetings", "estimated_missed_meetings", "vendor_updated_at", "raw"],
      row: (p) => [p.vendor, p.externalId, p.name, p.objective ?? null, p.startDate ?? null, p.coachExternalId ?? null, p.recipientExternalId ?? null, p.plannedMeetings ?? null, p.completedMeetings ?? null, p.estimatedMissedMeetings ?? null, p.vendorUpdatedAt, json(p.raw)],
      modified: (p) => p.vendorUpdatedAt,
    },
    records,
  );
  const ids = [...written.values()];
  if (ids.length) await ctx.sql.run(`DELETE FROM coaching_plan_skills WHERE plan_id IN (${placeholders(ids.length)})`, ids);
  await insertRows(
    ctx.sql,
    "coaching_plan_skills",
    ["plan_id", "skill_external_id", "name"],
    dedupeBy(records, (r) => r.externalId)
      .filter((p) => written.has(p.externalId))
      .flatMap((p) => dedupeBy(p.skills, (s) => s.externalId).map((s) => [written.get(p.externalId)!, s.externalId, s.name])),
  );
  return counts;
}

export async function writeMeetings(ctx: StoreContext, records: CoachingMeetingRecord[]): Promise<Counts> {
  const { counts, written } = await upsertHashed(
    ctx,
    {
      table: "coaching_meetings",
      columns: ["vendor", "external_id", "plan_external_id", "coach_external_id", "recipient_external_id", "scheduled_at", "started_at", "ended_at", "questions", "comments", "vendor_updated_at", "raw"],
      row: (m) => [m.vendor, m.externalId, m.planExternalId ?? null, m.coachExternalId ?? null, m.recipientExternalId ?? null, m.scheduledAt ?? null, m.startedAt ?? null, m.endedAt ?? null, JSON.stringify(m.questions), m.comments ?? null, m.vendorUpdatedAt, json(m.raw)],
      modified: (m) => m.vendorUpdatedAt,
    },
    records,
  );
  const ids = [...written.values()];
  if (ids.length) {
    await ctx.sql.run(`DELETE FROM meeting_skill_scores WHERE meeting_id IN (${placeholders(ids.length)})`, ids);
    await ctx.sql.run(`DELETE FROM meeting_call_reviews WHERE meeting_id IN (${placeholders(ids.length)})`, ids);
  }
  const fresh = dedupeBy(records, (r) => r.externalId).filter((m) => written.has(m.externalId));
  await insertRows(
    ctx.sql,
    "meeting_skill_scores",
    ["meeting_id", "skill", "score"],
    fresh.flatMap((m) => dedupeBy(m.skillScores, (s) => s.skill).map((s) => [written.get(m.externalId)!, s.skill, s.score])),
  );
  await insertRows(
    ctx.sql,
    "meeting_call_reviews",
    ["meeting_id", "call_external_id", "position", "questions"],
    fresh.flatMap((m) => m.callReviews.map((r, position) => [written.get(m.externalId)!, r.callExternalId, position, JSON.stringify(r.questions)])),
  );
  return counts;
}

export async function writeKpiDefinitions(ctx: StoreContext, records: KpiDefinitionRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  const list = dedupeBy(records, (r) => `${r.vendor}\u0000${r.externalId}`);
  await upsertRows(
    ctx.sql,
    { table: "kpi_definitions", columns: ["vendor", "external_id", "description", "frequency", "target", "raw", "updated_at"], conflict: ["vendor", "external_id"] },
    list.map((k) => [k.vendor, k.externalId, k.description, k.frequency, k.target ?? null, json(k.raw), ctx.now]),
  );
  counts.updated += list.length;
  return counts;
}

export async function writeKpiObservations(ctx: StoreContext, records: KpiObservationRecord[]): Promise<Counts> {
  return (
    await upsertHashed(
      ctx,
      {
        table: "kpi_observations",
        columns: ["vendor", "external_id", "kpi_external_id", "observer_external_id", "observed_external_id", "observed_at", "value", "vendor_updated_at", "raw"],
        row: (k) => [k.vendor, k.externalId, k.kpiExternalId, k.observerExternalId ?? null, k.observedExternalId, k.observedAt, k.value, k.vendorUpdatedAt, json(k.raw)],
        modified: (k) => k.vendorUpdatedAt,
      },
      records,
    )
  ).counts;
}
