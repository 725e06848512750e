// The ExecVision connector: its streams, in the order they run.
import type { UnifiedBatch } from "@/lib/domain/records";
import { AuthError } from "@/lib/sync/errors";
import { keysetPages, pendingPages, type Position, wholeListPage } from "@/lib/sync/paging";
import type { Connector, StreamContext, StreamDefinition, StreamPage } from "@/lib/sync/types";
import { readKey } from "../shared/zod";
import { ExecVisionClient, EXECVISION_CREDENTIALS } from "./client";
import * as map from "./map";
import * as s from "./schemas";

export interface ExecVisionConnectorOptions {
  client: ExecVisionClient;
  /** Where a first sync starts reading. */
  initialSince: Date;
  /** How much each run re-reads before its cursor. */
  lookbackMs?: number;
  /** Page sizes; the defaults are the documented maxima (calls with transcripts: 100). */
  limits?: Partial<Record<"calls" | "deleted" | "topics" | "since", number>>;
  /**
   * Whether to fetch each call's simplified transcript for speaker names (one
   * request per call, under a 5/s limit). The endpoint was "written
   * specifically for Intuit": it is probed once a day and left alone where it
   * is refused.
   */
  speakerNames?: boolean;
}

/** The documented maximum `limit` of the since-only lists and of calls without rendered templates. */
const MAX_LIMIT = 1000;
/** How often an account whose /transcript endpoint refused is asked again. */
const SPEAKER_PROBE_EVERY_MS = 24 * 3600_000;

/** Fields a call may carry its last-modified time in (the Call object documents none). */
const CALL_MODIFIED_FIELDS = ["modified", "lastModified", "last_modified", "modifiedAt", "updatedAt", "updated_at"];

function isTimestamp(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * A call's paging time: its last-modified time where the payload carries one;
 * otherwise its callTime, which is never later than its last change, so the
 * cursor (the greatest time read) stays a safe lower bound.
 */
export function callPosition(raw: unknown): Position | null {
  const id = readKey(raw, "id");
  if (!id) return null;
  for (const field of CALL_MODIFIED_FIELDS) {
    const value = readKey(raw, field);
    if (isTimestamp(value)) return { since: value, id };
  }
  const callTime = readKey(raw, "callTime");
  return isTimestamp(callTime) ? { since: callTime, id } : null;
}

/** A listen's paging time: `/listens` filters on its last-modified time; without one, its date (never later). */
export function listenPosition(raw: unknown): Position | null {
  const key = listenKey(raw);
  if (!key) return null;
  const modified = readKey(raw, "modified");
  if (isTimestamp(modified)) return { since: modified, id: key };
  const date = readKey(raw, "date");
  if (!date || Number.isNaN(Date.parse(date))) return null;
  return { since: date.length === 10 ? `${date}T00:00:00Z` : date, id: key };
}

const listenKey = (raw: unknown) => (readKey(raw, "callId") ? `${readKey(raw, "callId")}:${readKey(raw, "listener")}:${readKey(raw, "date")}` : null);
const scoreKey = (raw: unknown) => {
  const result = readKey(raw, "resultId");
  const question = readKey(raw, "questionId") ?? readKey(raw, "questionID");
  return result && question ? `${result}:${question}` : null;
};
const feedbackKey = (raw: unknown) => (readKey(raw, "callId") ? `${readKey(raw, "callId")}:${readKey(raw, "feedbackBy")}:${readKey(raw, "feedbackAt")}` : null);
const shareKey = (raw: unknown) => (readKey(raw, "callId") ? `${readKey(raw, "callId")}:${readKey(raw, "sharedBy")}:${readKey(raw, "sharedAt")}` : null);
const kpiKey = (raw: unknown) => (readKey(raw, "kpiId") ? `${readKey(raw, "kpiId")}:${readKey(raw, "observerId") ?? ""}:${readKey(raw, "observedId")}:${readKey(raw, "observedAt")}` : null);

interface SpeakerProbe {
  available: boolean;
  at: string;
  status?: number;
}

function stream<R>(definition: StreamDefinition<R>): StreamDefinition {
  return definition as StreamDefinition;
}

function position(sinceField: string, idField: string) {
  return (raw: unknown): Position | null => {
    const since = readKey(raw, sinceField);
    const id = readKey(raw, idField);
    return since && id ? { since, id } : null;
  };
}

export function execvisionConnector(options: ExecVisionConnectorOptions): Connector {
  const { client } = options;
  const initialSince = options.initialSince.toISOString();
  const lookbackMs = options.lookbackMs ?? 10 * 60_000;
  // Calls come with their transcripts: 50 a page keeps a page's JSON to a few megabytes.
  const limit = { calls: 50, deleted: 1000, topics: 100, since: 1000, ...options.limits };

  /**
   * A since-only list (listens, scores...): paged on the records' last-modified
   * time; a minute holding more than a page is read whole (see keysetPages).
   */
  const sinceOnly =
    (
      fetch: (q: { since: string; limit: number }, signal: AbortSignal) => Promise<unknown[]>,
      position: (raw: unknown) => Position | null,
      extra: { unitOf?: (raw: unknown) => string | null } = {},
    ) =>
    (ctx: StreamContext) =>
      keysetPages({
        state: ctx.state,
        initialSince,
        lookbackMs,
        limit: limit.since,
        maxLimit: MAX_LIMIT,
        useLastId: false,
        fetch: ({ since, limit: l }) => fetch({ since, limit: l }, ctx.signal),
        position,
        ...extra,
      });
  const modifiedAnd = (key: (raw: unknown) => string | null, field = "modified") => (raw: unknown): Position | null => {
    const since = readKey(raw, field);
    const id = key(raw);
    return isTimestamp(since) && id ? { since, id } : null;
  };

  const pendingIds = (query: string) => async (ctx: StreamContext, exclude: Set<string>) => {
    const rows = await ctx.sql.all<{ id: string }>(query);
    return rows.map((row) => ({ id: String(row.id) })).filter((item) => !exclude.has(item.id));
  };

  const streams: StreamDefinition[] = [
    stream({
      name: "departments",
      schema: s.departmentSchema,
      keyOf: (raw) => readKey(raw, "id"),
      pages: (ctx) => wholeListPage(() => client.departments(ctx.signal)),
      map: (d, ctx) => ({ departments: [map.mapDepartment(d, ctx)] }),
    }),
    stream({
      name: "teams",
      schema: s.teamSchema,
      keyOf: (raw) => readKey(raw, "id"),
      pages: (ctx) => wholeListPage(() => client.teams(ctx.signal)),
      map: (t, ctx) => ({ teams: [map.mapTeam(t, ctx)] }),
    }),
    stream({
      name: "users",
      schema: s.userSchema,
      keyOf: (raw) => readKey(raw, "userId"),
      pages: (ctx) => wholeListPage(() => client.users(ctx.signal)),
      map: (u, ctx) => ({ people: [map.mapUser(u, ctx)] }),
      snapshot: (batch: UnifiedBatch) => ({ ...batch, peopleSnapshot: true }),
    }),
    stream({
      name: "topics",
      schema: s.topicSchema,
      keyOf: (raw) => readKey(raw, "id"),
      pages: (ctx) => wholeListPage(() => client.topics(ctx.signal)),
      map: (t, ctx) => ({ topics: [map.mapTopic(t, ctx)] }),
      snapshot: (batch: UnifiedBatch) => ({ ...batch, topicsSnapshot: true }),
    }),
    stream({
      name: "calls",
      schema: s.callSchema,
      keyOf: (raw) => readKey(raw, "id"),
      pages: (ctx) =>
        keysetPages({
          state: ctx.state,
          initialSince,
          lookbackMs,
          limit: limit.calls,
          useLastId: true,
          fetch: (q) => client.calls({ ...q, includeTranscripts: true, includeCrmMatches: true }, ctx.signal),
          position: callPosition,
        }),
      map: (c, ctx) => ({ calls: [map.mapCall(c, ctx)] }),
    }),
    stream({
      name: "deleted-calls",
      schema: s.deletedCallSchema,
      keyOf: (raw) => readKey(raw, "id"),
      pages: (ctx) =>
        keysetPages({
          state: ctx.state,
          initialSince,
          lookbackMs,
          limit: limit.deleted,
          useLastId: true,
          fetch: (q) => client.deletedCalls(q, ctx.signal),
          position: position("deletedAt", "id"),
        }),
      map: (d, ctx) => ({ deletedCalls: [map.mapDeletedCall(d, ctx)] }),
    }),
    stream({
      name: "call-topics",
      schema: s.callTopicsSchema,
      keyOf: (raw) => readKey(raw, "callId"),
      pages: (ctx) =>
        keysetPages({
          state: ctx.state,
          initialSince,
          lookbackMs,
          limit: Math.min(limit.topics, 100),
          useLastId: true,
          fetch: (q) => client.callTopics(q, ctx.signal),
          position: position("modified", "callId"),
        }),
      map: (t, ctx) => ({ callTopics: [map.mapCallTopics(t, ctx)] }),
    }),
    stream({
      name: "scores",
      schema: s.scoreSchema,
      keyOf: scoreKey,
      // `limit` counts scorecard results, each with all its answers.
      pages: sinceOnly((q, signal) => client.scores(q, signal), modifiedAnd(scoreKey), { unitOf: (raw) => readKey(raw, "resultId") }),
      map: (score, ctx) => ({ scorecardAnswers: [map.mapScore(score, ctx)] }),
    }),
    stream({
      name: "scorecards",
      after: ["scores"],
      schema: s.scorecardRecordSchema,
      keyOf: (raw) => readKey(raw, "scorecardId"),
      pages: (ctx) =>
        pendingPages({
          concurrency: 2,
          pending: (exclude) =>
            pendingIds(
              `SELECT DISTINCT a.scorecard_external_id AS id FROM scorecard_answers a
               WHERE a.vendor = 'execvision' AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.vendor = a.vendor AND s.external_id = a.scorecard_external_id)`,
            )(ctx, exclude),
          fetchOne: async (id) => {
            const questions = await client.scorecard(id, ctx.signal);
            return questions === null ? null : { scorecardId: id, questions };
          },
        }),
      map: (card, ctx) => ({ scorecards: [map.mapScorecard(card, ctx)] }),
    }),
    stream({
      name: "feedback",
      schema: s.feedbackSchema,
      keyOf: feedbackKey,
      pages: sinceOnly((q, signal) => client.feedback(q, signal), modifiedAnd(feedbackKey)),
      map: (f, ctx) => ({ feedback: [map.mapFeedback(f, ctx)] }),
    }),
    stream({
      name: "listens",
      schema: s.listenSchema,
      keyOf: listenKey,
      pages: sinceOnly((q, signal) => client.listens(q, signal), listenPosition),
      map: (l, ctx) => ({ listens: [map.mapListen(l, ctx)] }),
    }),
    stream({
      name: "shares",
      schema: s.shareSchema,
      keyOf: shareKey,
      // Shares are listed by creation time.
      pages: sinceOnly((q, signal) => client.shares(q, signal), modifiedAnd(shareKey, "sharedAt")),
      map: (share, ctx) => ({ shares: [map.mapShare(share, ctx)] }),
    }),
    stream({
      name: "plans",
      schema: s.planSchema,
      keyOf: (raw) => readKey(raw, "planId"),
      pages: sinceOnly((q, signal) => client.plans(q, signal), modifiedAnd((raw) => readKey(raw, "planId"))),
      map: (p, ctx) => ({ plans: [map.mapPlan(p, ctx)] }),
    }),
    stream({
      name: "meetings",
      schema: s.meetingSchema,
      keyOf: (raw) => readKey(raw, "meetingId"),
      pages: sinceOnly((q, signal) => client.meetings(q, signal), modifiedAnd((raw) => readKey(raw, "meetingId"))),
      map: (m, ctx) => ({ meetings: [map.mapMeeting(m, ctx)] }),
    }),
    stream({
      name: "kpis",
      schema: s.kpiObservationSchema,
      keyOf: kpiKey,
      pages: sinceOnly((q, signal) => client.kpis(q, signal), modifiedAnd(kpiKey)),
      map: (k, ctx) => ({ kpiObservations: [map.mapKpiObservation(k, ctx)] }),
    }),
    stream({
      name: "kpi-definitions",
      after: ["kpis"],
      schema: s.kpiRecordSchema,
      keyOf: (raw) => readKey(raw, "kpiId"),
      pages: (ctx) =>
        pendingPages({
          concurrency: 2,
          pending: (exclude) =>
            pendingIds(
              `SELECT DISTINCT o.kpi_external_id AS id FROM kpi_observations o
               WHERE o.vendor = 'execvision' AND NOT EXISTS (SELECT 1 FROM kpi_definitions d WHERE d.vendor = o.vendor AND d.external_id = o.kpi_external_id)`,
            )(ctx, exclude),
          fetchOne: (id) => client.kpi(id, ctx.signal),
        }),
      map: (k, ctx) => ({ kpiDefinitions: [map.mapKpiDefinition(k, ctx)] }),
    }),
  ];

  if (options.speakerNames !== false) {
    const pendingSpeakers = pendingIds(
      `SELECT c.external_id AS id FROM calls c JOIN transcripts t ON t.call_id = c.id
       WHERE c.vendor = 'execvision' AND t.speakers IS NULL AND c.deleted_at IS NULL
       ORDER BY c.started_at DESC LIMIT 200`,
    );
    streams.push(
      stream({
        name: "transcripts",
        after: ["calls"],
        schema: s.callSpeakersSchema,
        keyOf: (raw) => readKey(raw, "callId"),
        pages: (ctx) => speakerPages(ctx, (exclude) => pendingSpeakers(ctx, exclude), (id) => client.transcript(id, ctx.signal)),
        map: (record, ctx) => ({ transcriptSpeakers: [map.mapSpeakers(record, ctx)] }),
      }),
    );
  }

  return {
    vendor: "execvision",
    credentialNames: EXECVISION_CREDENTIALS,
    streams,
    checkConnection: (signal) => client.check(signal),
    fetchById: { stream: "calls", fetch: (id, signal) => client.call(id, signal) },
  };
}

/**
 * Speaker names from the simplified transcript, one request per call. The
 * endpoint answers only where ExecVision enabled it: it is probed with the
 * first call, and a refusal (403 or 404) turns the stream off for a day with
 * a note for admins, never an error; the rep's voice is then told from the
 * call's own stats (words.ts).
 */
async function* speakerPages(
  ctx: StreamContext,
  pending: (exclude: Set<string>) => Promise<{ id: string }[]>,
  fetchOne: (id: string) => Promise<unknown | null>,
): AsyncGenerator<StreamPage> {
  const probe = ctx.state.data as SpeakerProbe | null;
  const due = !probe || ctx.now().getTime() - Date.parse(probe.at) >= SPEAKER_PROBE_EVERY_MS;
  if (probe && !probe.available && !due) return;
  const refused = (status: number): StreamPage => ({
    records: [],
    state: { cursor: null, data: { available: false, at: ctx.now().toISOString(), status } },
    note: `ExecVision's /transcript endpoint answered HTTP ${status} for this account (it is enabled per customer), so speaker names are off: the rep's voice is told from each call's talk statistics. It is asked again once a day; EXECVISION_SPEAKER_NAMES=false stops asking.`,
  });
  const [first] = await pending(new Set());
  if (!first) return;
  let probed: unknown | null;
  if (due) {
    try {
      probed = await fetchOne(first.id);
    } catch (error) {
      if (error instanceof AuthError) return void (yield refused(error.status));
      throw error;
    }
    if (probed === null) return void (yield refused(404));
    yield { records: [{ callId: first.id, transcript: probed }], state: { cursor: null, data: { available: true, at: ctx.now().toISOString() } }, note: null };
  }
  try {
    yield* pendingPages({ concurrency: 4, pending: (exclude) => pending(due ? new Set([...exclude, first.id]) : exclude), fetchOne: async (id) => {
      const transcript = await fetchOne(id);
      return transcript === null ? null : { callId: id, transcript };
    } });
  } catch (error) {
    // Refused after it answered: the account lost the endpoint.
    if (error instanceof AuthError) return void (yield refused(error.status));
    throw error;
  }
}

export { ExecVisionClient } from "./client";
