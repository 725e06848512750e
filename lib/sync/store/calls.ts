// Calls and what hangs off them (transcript, scores, insight, coaching), as
// batched upserts. A call whose content hash is unchanged costs one SELECT.
import "server-only";
import { insertRows, placeholders, type SqlConnection, type SqlValue, upsertRows } from "@/lib/db/sql";
import { parseJsonColumn } from "@/lib/db/values";
import {
  type CallRecord,
  type DeletedCallRecord,
  isSerializedWords,
  type PersonRecord,
  type TalkMetricName,
  type TranscriptRecord,
  type TranscriptSpeakersRecord,
} from "@/lib/domain/records";
import { knowsRepSide, TALK_METRICS, talkMetrics } from "@/lib/domain/talk-metrics";
import { segmentsSchema, transcriptText, type Segment } from "@/lib/domain/transcript";
import type { Vendor } from "@/lib/domain/vendors";
import { type Counts, dedupeBy, emptyCounts, hashOf, hashOfParts, json, selectIn, type StoreContext } from "./common";
import { writeCrmLinks } from "./crm";
import { writePeople } from "./people";
import { dayOfDate, refreshRollups, rollupKeysOfCalls, type RollupKey } from "./rollups";
import { refreshScorecardSkills } from "./scorecards";

const CALL_COLUMNS = [
  "vendor", "external_id", "rep_id", "rep_external_id", "title", "started_at", "ended_at", "duration_sec", "direction",
  "outcome", "status", "recording_url", "original_path", "from_number", "to_number", "prospect_name", "prospect_email",
  "prospect_company", "contact", "summary", "next_steps", "questions_and_answers", "sentiment", "sentiment_score",
  "overall_score", "talk_ratio", "questions_asked", "filler_words", "words_per_minute", "interruptions",
  "longest_monologue_sec", "derived_metrics", "talk_stats", "crm_matches", "metadata", "vendor_created_at", "vendor_updated_at", "raw",
  "content_hash", "deleted_at", "created_at", "updated_at",
] as const;

const METRIC_COLUMNS: Record<TalkMetricName, string> = {
  talkRatio: "talk_ratio",
  questionsAsked: "questions_asked",
  fillerWords: "filler_words",
  wordsPerMinute: "words_per_minute",
  longestMonologueSec: "longest_monologue_sec",
  interruptions: "interruptions",
};

/**
 * One definition per talk metric: wherever a call's transcript knows the rep's
 * side, every metric is Coachboard's figure from it, listed in
 * derived_metrics; the vendor's figure stands only for a call without such a
 * transcript (and stays, as received, in talk_stats and raw).
 */
const ALL_METRICS: TalkMetricName[] = [...TALK_METRICS];

/** The talk metrics a mapper already worked out from the call's transcript. */
function derivedMetrics(call: CallRecord): TalkMetricName[] {
  return call.derivedTalkMetrics ?? [];
}

const TRANSCRIPT_COLUMNS = ["call_id", "source", "segment_count", "word_count", "duration_ms", "segments", "words", "speakers", "text", "raw", "content_hash", "created_at", "updated_at"] as const;

/** The hash of everything in a call record but its transcript, which is hashed on its own. */
function callHash(call: CallRecord): string {
  const { transcript: _transcript, rep: _rep, ...rest } = call;
  return hashOf(rest);
}

function callRow(call: CallRecord, repId: number | null, hash: string, deletedAt: Date | null, now: Date): SqlValue[] {
  return [
    call.vendor, call.externalId, repId, call.repExternalId ?? null, call.title ?? null, call.startedAt, call.endedAt ?? null,
    call.durationSec ?? null, call.direction ?? null, call.outcome ?? null, call.status ?? null, call.recordingUrl || null,
    call.originalPath ?? null, call.fromNumber ?? null, call.toNumber ?? null, call.prospectName ?? null,
    call.prospectEmail ?? null, call.prospectCompany ?? null, json(call.contact), call.summary ?? null, json(call.nextSteps),
    json(call.questionsAndAnswers), call.sentiment ?? null, call.sentimentScore ?? null, call.overallScore ?? null,
    call.talkRatio ?? null, call.questionsAsked ?? null, call.fillerWords ?? null, call.wordsPerMinute ?? null,
    call.interruptions ?? null, call.longestMonologueSec ?? null, derivedMetrics(call).length ? JSON.stringify(derivedMetrics(call)) : null,
    json(call.talkStats), json(call.crmMatches),
    json(call.metadata), call.vendorCreatedAt ?? null, call.vendorUpdatedAt ?? null, json(call.raw), hash, deletedAt, now, now,
  ];
}

interface PreparedTranscript {
  callId: number;
  source: string;
  segments: string;
  words: string | null;
  speakers: string | null;
  text: string;
  raw: string | null;
  segmentCount: number;
  wordCount: number;
  durationMs: number | null;
  hash: string;
  record: TranscriptRecord;
}

function prepareTranscript(callId: number, record: TranscriptRecord): PreparedTranscript {
  const serialized = record.serializedSegments;
  const segments = serialized?.json ?? JSON.stringify(record.segments);
  const words = !record.words ? null : isSerializedWords(record.words) ? record.words.json : JSON.stringify(record.words);
  const speakers = json(record.speakers);
  const raw = json(record.raw);
  const text = serialized?.text ?? transcriptText(record.segments);
  return {
    callId,
    source: record.source,
    segments,
    words,
    speakers,
    text,
    raw,
    segmentCount: serialized?.count ?? record.segments.length,
    wordCount: !record.words ? countWords(text) : isSerializedWords(record.words) ? record.words.count : record.words.text.length,
    durationMs: record.durationMs ?? (serialized ? serialized.lastEndMs : record.segments.at(-1)?.endMs) ?? null,
    // A transcript is large: its parts are hashed one after another, not joined first.
    hash: hashOfParts([record.source, segments, words, speakers, raw]),
    record,
  };
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Resolves each call's rep, creating identities the calls mention for the first time. */
async function resolveReps(ctx: StoreContext, vendor: Vendor, calls: CallRecord[]): Promise<Map<string, number>> {
  const people = new Map<string, PersonRecord>();
  for (const call of calls) {
    if (!call.repExternalId) continue;
    const person = call.rep ?? { vendor, externalId: call.repExternalId, partial: true, raw: null };
    const seen = people.get(call.repExternalId);
    if (!seen || (seen.partial && !person.partial)) people.set(call.repExternalId, person);
  }
  // Identities are counted by the people streams, not as calls.
  return writePeople(ctx, vendor, [...people.values()]);
}

export async function writeCalls(ctx: StoreContext, records: CallRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  if (!records.length) return counts;
  const byVendor = new Map<Vendor, CallRecord[]>();
  for (const call of dedupeBy(records, (c) => `${c.vendor}\u0000${c.externalId}`)) {
    const list = byVendor.get(call.vendor) ?? [];
    list.push(call);
    byVendor.set(call.vendor, list);
  }
  for (const [vendor, calls] of byVendor) await writeVendorCalls(ctx, vendor, calls, counts);
  return counts;
}

async function writeVendorCalls(ctx: StoreContext, vendor: Vendor, calls: CallRecord[], counts: Counts): Promise<void> {
  const externalIds = calls.map((c) => c.externalId);
  const existing = await selectIn<{ id: number; external_id: string; content_hash: string; deleted_at: unknown; rep_id: number | null; started_at: unknown }>(
    ctx.sql,
    (list) => `SELECT id, external_id, content_hash, deleted_at, rep_id, started_at FROM calls WHERE vendor = ? AND external_id IN (${list})`,
    [vendor],
    externalIds,
  );
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const deleted = new Set(
    (
      await selectIn<{ external_id: string }>(
        ctx.sql,
        (list) => `SELECT external_id FROM deleted_calls WHERE vendor = ? AND external_id IN (${list})`,
        [vendor],
        externalIds,
      )
    ).map((row) => row.external_id),
  );

  const hashes = new Map(calls.map((c) => [c.externalId, callHash(c)]));
  const changed = calls.filter((c) => {
    const row = known.get(c.externalId);
    // A call that is back in the vendor's list after a not-found is restored,
    // unless the vendor reported it deleted.
    return !row || row.content_hash !== hashes.get(c.externalId) || (row.deleted_at !== null && !deleted.has(c.externalId));
  });

  const ids = new Map<string, number>(existing.map((row) => [row.external_id, Number(row.id)]));
  const isNew = new Set<string>();
  if (changed.length) {
    const reps = await resolveReps(ctx, vendor, changed);
    const rows = changed.map((c) => {
      const deletedAt = deleted.has(c.externalId) ? (known.get(c.externalId)?.deleted_at ? toDate(known.get(c.externalId)!.deleted_at) : ctx.now) : null;
      return callRow(c, c.repExternalId ? (reps.get(c.repExternalId) ?? null) : null, hashes.get(c.externalId)!, deletedAt, ctx.now);
    });
    const written = await upsertRows<{ id: number; external_id: string }>(
      ctx.sql,
      { table: "calls", columns: CALL_COLUMNS, conflict: ["vendor", "external_id"], update: CALL_COLUMNS.filter((c) => c !== "created_at" && c !== "vendor" && c !== "external_id"), returning: ["id", "external_id"] },
      rows,
    );
    for (const row of written) {
      if (!ids.has(row.external_id)) isNew.add(row.external_id);
      ids.set(row.external_id, Number(row.id));
    }
    await writeCallChildren(ctx, changed, ids, isNew);
    await writeCrmLinks(ctx.sql, changed.map((c) => ({ callId: ids.get(c.externalId)!, vendor: c.vendor, crmMatches: c.crmMatches, metadata: c.metadata, prospectCompany: c.prospectCompany })));
  }

  const { changed: transcriptChanged, relabelled } = await writeTranscripts(ctx, calls, ids, isNew);
  const changedIds = new Set(changed.map((c) => c.externalId));
  // The talk metrics of calls whose mapper left the rule to the store are
  // settled here; those a mapper worked out with guessed speaker roles, again
  // once the roles are known. A call whose row was not rewritten gets its
  // vendor's figures back if its transcript no longer gives any.
  await deriveTalkMetrics(
    ctx,
    calls
      .filter((c) => changedIds.has(c.externalId) || transcriptChanged.has(c.externalId))
      .filter((c) => c.derivedTalkMetrics === undefined || relabelled.has(c.externalId))
      .map((c) => ({
        callId: ids.get(c.externalId)!,
        segments: c.transcript === null ? [] : c.transcript?.segments,
        restore: changedIds.has(c.externalId) ? undefined : c,
      })),
  );
  for (const call of calls) {
    if (isNew.has(call.externalId)) counts.created++;
    else if (changedIds.has(call.externalId) || transcriptChanged.has(call.externalId)) counts.updated++;
    else counts.unchanged++;
  }
  // Scorecard answers can arrive before the call they score, and an
  // overall score derived from them must survive the call's re-sync.
  if (changed.length) await refreshScorecardSkills(ctx, vendor, changed.map((c) => c.externalId));
  // The rollups of every (rep, day) a changed call was or now is in.
  const touched = calls.filter((c) => changedIds.has(c.externalId) || transcriptChanged.has(c.externalId));
  if (touched.length) {
    const before: RollupKey[] = touched.flatMap((c) => {
      const row = known.get(c.externalId);
      return row && row.rep_id !== null ? [{ repId: Number(row.rep_id), day: dayOfDate(toDate(row.started_at)) }] : [];
    });
    await refreshRollups(ctx.sql, [...before, ...(await rollupKeysOfCalls(ctx.sql, touched.map((c) => ids.get(c.externalId)!)))]);
  }
}

const SET_TALK_METRICS = `${ALL_METRICS.map((name) => `${METRIC_COLUMNS[name]} = ?`).join(", ")}, derived_metrics = ?`;

/**
 * Applies the rule to each call: where its transcript (the given segments,
 * else the stored ones) knows the rep's side, every talk metric is worked out
 * from it and listed in derived_metrics. Otherwise the figures already in the
 * row stand, or `restore`'s own (the record's). Kept outside the content
 * hash, so a re-read of an unchanged call leaves them in place. Returns the
 * calls whose figures were written.
 */
async function deriveTalkMetrics(ctx: StoreContext, targets: { callId: number; segments?: Segment[]; restore?: CallRecord }[]): Promise<number[]> {
  const unread = targets.filter((t) => t.callId !== undefined && t.segments === undefined).map((t) => t.callId);
  // Which calls have a stored transcript, in one read; the segments are then read one call at a time.
  const stored = new Set(
    (await selectIn<{ call_id: number }>(ctx.sql, (list) => `SELECT call_id FROM transcripts WHERE call_id IN (${list})`, [], unread)).map((row) => Number(row.call_id)),
  );
  const written: number[] = [];
  for (const { callId, segments: given, restore } of targets) {
    if (callId === undefined) continue;
    let segments = given ?? [];
    if (!given && stored.has(callId)) {
      const [row] = await ctx.sql.all<{ segments: unknown }>(`SELECT segments FROM transcripts WHERE call_id = ?`, [callId]);
      if (row) segments = segmentsSchema.parse(parseJsonColumn(row.segments));
    }
    if (knowsRepSide(segments)) {
      const m = talkMetrics(segments);
      await ctx.sql.run(`UPDATE calls SET ${SET_TALK_METRICS} WHERE id = ?`, [...ALL_METRICS.map((name) => m[name]), JSON.stringify(ALL_METRICS), callId]);
    } else if (restore) {
      const listed = derivedMetrics(restore);
      await ctx.sql.run(`UPDATE calls SET ${SET_TALK_METRICS} WHERE id = ?`, [...ALL_METRICS.map((name) => restore[name] ?? null), listed.length ? JSON.stringify(listed) : null, callId]);
    } else continue;
    written.push(callId);
  }
  return written;
}

/**
 * Applies the talk-metric rule to every stored call with a transcript, a
 * batch per transaction with its rollups: for calls stored under an earlier
 * rule (after an upgrade), so every figure follows the one rule.
 */
export async function rederiveAllTalkMetrics(sql: SqlConnection, options: { batchSize?: number } = {}): Promise<{ calls: number; rewritten: number }> {
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 200, 2_000));
  const counts = { calls: 0, rewritten: 0 };
  let after = 0;
  for (;;) {
    const ids = (await sql.all<{ call_id: number }>(`SELECT call_id FROM transcripts WHERE call_id > ? ORDER BY call_id LIMIT ?`, [after, batchSize])).map((r) => Number(r.call_id));
    if (!ids.length) return counts;
    after = ids[ids.length - 1];
    await sql.transaction(async (tx) => {
      const written = await deriveTalkMetrics({ sql: tx, now: new Date() }, ids.map((callId) => ({ callId })));
      await refreshRollups(tx, await rollupKeysOfCalls(tx, written));
      counts.calls += ids.length;
      counts.rewritten += written.length;
    });
    // The event loop between batches: the app serves requests while a large database is gone through.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : (value as string | number));
}

async function writeCallChildren(ctx: StoreContext, calls: CallRecord[], ids: Map<string, number>, isNew: Set<string>): Promise<void> {
  const { sql } = ctx;
  // Scores: replace the skill sets each record carries.
  const scoreCalls = calls.filter((c) => c.scores !== undefined);
  const oldScored = scoreCalls.filter((c) => !isNew.has(c.externalId));
  for (const call of oldScored) {
    const sets = call.scoreSets ?? [...new Set((call.scores ?? []).map((s) => s.skillSet))];
    if (!sets.length) continue;
    await sql.run(`DELETE FROM call_scores WHERE call_id = ? AND skill_set IN (${placeholders(sets.length)})`, [ids.get(call.externalId)!, ...sets]);
  }
  await insertRows(
    sql,
    "call_scores",
    ["call_id", "skill_set", "skill", "label", "score", "weight", "explanation", "insufficient_evidence", "evidence", "details"],
    scoreCalls.flatMap((call) =>
      (call.scores ?? []).map((s) => [
        ids.get(call.externalId)!, s.skillSet, s.skill, s.label, s.score, s.weight ?? null, s.explanation ?? null,
        s.insufficientEvidence ?? false, json(s.evidence), json(s.details),
      ]),
    ),
  );

  // Insight: one row per call.
  const withInsight = calls.filter((c) => c.insight !== undefined);
  const dropInsight = withInsight.filter((c) => c.insight === null && !isNew.has(c.externalId));
  for (const call of dropInsight) await sql.run(`DELETE FROM call_insights WHERE call_id = ?`, [ids.get(call.externalId)!]);
  const insightColumns = ["call_id", "lead", "messaging", "targeting", "call_metadata", "gap_skill", "gap_playbook", "gap_rationale", "action_plan", "analysis_extras"];
  await upsertRows(
    sql,
    { table: "call_insights", columns: insightColumns, conflict: ["call_id"] },
    withInsight
      .filter((c) => c.insight)
      .map((c) => {
        const i = c.insight!;
        return [ids.get(c.externalId)!, json(i.lead), json(i.messaging), json(i.targeting), json(i.callMetadata), i.gapSkill ?? null, i.gapPlaybook ?? null, i.gapRationale ?? null, json(i.actionPlan), json(i.analysisExtras)];
      }),
  );

  // Coaching items: replaced whole.
  const coached = calls.filter((c) => c.coaching !== undefined);
  for (const call of coached.filter((c) => !isNew.has(c.externalId))) await sql.run(`DELETE FROM coaching_items WHERE call_id = ?`, [ids.get(call.externalId)!]);
  await insertRows(
    sql,
    "coaching_items",
    ["call_id", "kind", "facet", "text", "position"],
    coached.flatMap((call) => (call.coaching ?? []).map((item, position) => [ids.get(call.externalId)!, item.kind, item.facet ?? null, item.text, position])),
  );
}

/**
 * Writes transcripts that are new or changed. Returns the external ids whose
 * transcript changed, and those whose segments took speaker roles learnt earlier.
 */
async function writeTranscripts(ctx: StoreContext, calls: CallRecord[], ids: Map<string, number>, isNew: Set<string>): Promise<{ changed: Set<string>; relabelled: Set<string> }> {
  const changed = new Set<string>();
  const relabelled = new Set<string>();
  const withTranscript = calls.filter((c) => c.transcript !== undefined && ids.has(c.externalId));
  if (!withTranscript.length) return { changed, relabelled };
  const oldIds = withTranscript.filter((c) => !isNew.has(c.externalId)).map((c) => ids.get(c.externalId)!);
  const existing = new Map(
    (
      await selectIn<{ call_id: number; content_hash: string; speakers: string | null }>(
        ctx.sql,
        (list) => `SELECT call_id, content_hash, speakers FROM transcripts WHERE call_id IN (${list})`,
        [],
        oldIds,
      )
    ).map((row) => [Number(row.call_id), row]),
  );
  const rows: SqlValue[][] = [];
  for (const call of withTranscript) {
    const callId = ids.get(call.externalId)!;
    const current = existing.get(callId);
    if (call.transcript === null) {
      if (current) {
        await ctx.sql.run(`DELETE FROM transcripts WHERE call_id = ?`, [callId]);
        changed.add(call.externalId);
      }
      continue;
    }
    let record = call.transcript!;
    // Speaker roles learned from a separate endpoint survive a re-sync of the words.
    if (record.speakers === undefined && current?.speakers) {
      record = applySpeakers(record, parseJsonColumn<SpeakerMap>(current.speakers)!);
      relabelled.add(call.externalId);
      // The call's record carries the relabelled segments from here on.
      call.transcript = record;
    }
    const prepared = prepareTranscript(callId, record);
    if (current && current.content_hash === prepared.hash) continue;
    changed.add(call.externalId);
    rows.push([
      prepared.callId, prepared.source, prepared.segmentCount, prepared.wordCount, prepared.durationMs, prepared.segments,
      prepared.words, prepared.speakers, prepared.text, prepared.raw, prepared.hash, ctx.now, ctx.now,
    ]);
  }
  await upsertRows(ctx.sql, { table: "transcripts", columns: TRANSCRIPT_COLUMNS, conflict: ["call_id"], update: TRANSCRIPT_COLUMNS.filter((c) => c !== "call_id" && c !== "created_at") }, rows);
  return { changed, relabelled };
}

type SpeakerMap = TranscriptSpeakersRecord["speakers"];

function applySpeakers(record: TranscriptRecord, speakers: SpeakerMap): TranscriptRecord {
  const byNumber = new Map(speakers.map((s) => [s.number, s]));
  const segments: Segment[] = record.segments.map((segment) => {
    const speaker = segment.voice === undefined ? undefined : byNumber.get(segment.voice);
    return speaker ? { ...segment, speaker: speaker.role, label: speaker.label } : segment;
  });
  // The relabelled segments replace any serialized ones.
  const { serializedSegments: _replaced, ...rest } = record;
  return { ...rest, segments, speakers };
}

/**
 * Who each numbered voice is, from the vendor's speaker list: re-labels the
 * stored segments, and recomputes in the same transaction the talk metrics
 * that depend on who spoke, and the rollups that hold them.
 */
export async function writeTranscriptSpeakers(ctx: StoreContext, records: TranscriptSpeakersRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  const touched: number[] = [];
  for (const record of records) {
    const [row] = await ctx.sql.all<{
      call_id: number;
      source: string;
      segments: string;
      words: string | null;
      raw: string | null;
      duration_ms: number | null;
      speakers: string | null;
    }>(
      `SELECT t.call_id, t.source, t.segments, t.words, t.raw, t.duration_ms, t.speakers FROM transcripts t JOIN calls c ON c.id = t.call_id WHERE c.vendor = ? AND c.external_id = ?`,
      [record.vendor, record.callExternalId],
    );
    if (!row) {
      counts.unchanged++;
      continue;
    }
    const segments = segmentsSchema.parse(parseJsonColumn(row.segments));
    const updated = applySpeakers(
      {
        source: row.source,
        segments,
        words: parseJsonColumn(row.words),
        raw: parseJsonColumn(row.raw),
        durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
      },
      record.speakers,
    );
    const prepared = prepareTranscript(Number(row.call_id), updated);
    const before = await ctx.sql.all<{ content_hash: string }>(`SELECT content_hash FROM transcripts WHERE call_id = ?`, [row.call_id]);
    if (before[0]?.content_hash === prepared.hash) {
      counts.unchanged++;
      continue;
    }
    counts.updated++;
    await ctx.sql.run(`UPDATE transcripts SET segments = ?, speakers = ?, text = ?, content_hash = ?, updated_at = ? WHERE call_id = ?`, [
      prepared.segments, prepared.speakers, prepared.text, prepared.hash, ctx.now, row.call_id,
    ]);
    // Who spoke decides every talk figure: the rule is applied again.
    touched.push(...(await deriveTalkMetrics(ctx, [{ callId: Number(row.call_id), segments: updated.segments }])));
  }
  await refreshRollups(ctx.sql, await rollupKeysOfCalls(ctx.sql, touched));
  return counts;
}

/** The vendor's deletions: recorded whole, and the call hidden from every view. */
export async function writeDeletedCalls(ctx: StoreContext, records: DeletedCallRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  const rows = dedupeBy(records, (r) => `${r.vendor}\u0000${r.externalId}`);
  if (!rows.length) return counts;
  await upsertRows(
    ctx.sql,
    { table: "deleted_calls", columns: ["vendor", "external_id", "deleted_at", "caller_external_id", "call_time", "raw", "created_at"], conflict: ["vendor", "external_id"], update: ["deleted_at", "caller_external_id", "call_time", "raw"] },
    rows.map((r) => [r.vendor, r.externalId, r.deletedAt, r.callerExternalId ?? null, r.callTime ?? null, json(r.raw), ctx.now]),
  );
  const hidden: number[] = [];
  for (const r of rows) {
    const [call] = await ctx.sql.all<{ id: number }>(`SELECT id FROM calls WHERE vendor = ? AND external_id = ? AND deleted_at IS NULL`, [r.vendor, r.externalId]);
    if (!call) {
      counts.unchanged++;
      continue;
    }
    await ctx.sql.run(`UPDATE calls SET deleted_at = ?, updated_at = ? WHERE id = ?`, [r.deletedAt, ctx.now, call.id]);
    hidden.push(Number(call.id));
    counts.deleted++;
  }
  await refreshRollups(ctx.sql, await rollupKeysOfCalls(ctx.sql, hidden));
  return counts;
}

/** Calls the vendor answers 404 for: hidden, and restored if the vendor lists them again. */
export async function writeMissingCalls(ctx: StoreContext, missing: { vendor: Vendor; externalId: string }[]): Promise<Counts> {
  const counts = emptyCounts();
  const hidden: number[] = [];
  for (const m of missing) {
    const [call] = await ctx.sql.all<{ id: number }>(`SELECT id FROM calls WHERE vendor = ? AND external_id = ? AND deleted_at IS NULL`, [m.vendor, m.externalId]);
    if (!call) continue;
    await ctx.sql.run(`UPDATE calls SET deleted_at = ?, updated_at = ? WHERE id = ?`, [ctx.now, ctx.now, call.id]);
    hidden.push(Number(call.id));
    counts.deleted++;
  }
  await refreshRollups(ctx.sql, await rollupKeysOfCalls(ctx.sql, hidden));
  return counts;
}

/**
 * After a verified walk of every call a vendor created in [from, to]: the
 * stored calls of that window missing from it are gone at the vendor.
 */
export async function markAbsentCalls(sql: SqlConnection, vendor: Vendor, window: { from: string; to: string; ids: string[] }, now: Date): Promise<number> {
  const stored = await sql.all<{ id: number; external_id: string }>(
    `SELECT id, external_id FROM calls WHERE vendor = ? AND deleted_at IS NULL AND vendor_created_at >= ? AND vendor_created_at <= ?`,
    [vendor, new Date(window.from), new Date(window.to)],
  );
  const present = new Set(window.ids);
  const gone = stored.filter((row) => !present.has(row.external_id)).map((row) => Number(row.id));
  for (let i = 0; i < gone.length; i += 500) {
    const part = gone.slice(i, i + 500);
    await sql.run(`UPDATE calls SET deleted_at = ?, updated_at = ? WHERE id IN (${placeholders(part.length)})`, [now, now, ...part]);
  }
  await refreshRollups(sql, await rollupKeysOfCalls(sql, gone));
  return gone.length;
}
