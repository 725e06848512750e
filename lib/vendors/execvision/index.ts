// The ExecVision connector: its streams, in the order they run.
import type { UnifiedBatch } from "@/lib/domain/records";
import { keysetPages, pendingPages, type Position, wholeListPage } from "@/lib/sync/paging";
import type { Connector, StreamContext, StreamDefinition } from "@/lib/sync/types";
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
  /** Whether to fetch each call's simplified transcript for speaker names (one request per call). */
  speakerNames?: boolean;
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

  /** A since-only list (listens, scores...): the cursor is the last record's modified time. */
  const sinceOnly = (fetch: (q: { since: string; limit: number }, signal: AbortSignal) => Promise<unknown[]>, sinceField: string, key: (raw: unknown) => string | null) =>
    (ctx: StreamContext) =>
      keysetPages({
        state: ctx.state,
        initialSince,
        lookbackMs,
        limit: limit.since,
        useLastId: false,
        fetch: ({ since, limit: l }) => fetch({ since, limit: l }, ctx.signal),
        position: (raw) => {
          const since = readKey(raw, sinceField);
          const id = key(raw);
          return since && id ? { since: since.length === 10 ? `${since}T00:00:00Z` : since, id } : null;
        },
      });

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
      map: (d) => ({ departments: [map.mapDepartment(d)] }),
    }),
    stream({
      name: "teams",
      schema: s.teamSchema,
      keyOf: (raw) => readKey(raw, "id"),
      pages: (ctx) => wholeListPage(() => client.teams(ctx.signal)),
      map: (t) => ({ teams: [map.mapTeam(t)] }),
    }),
    stream({
      name: "users",
      schema: s.userSchema,
      keyOf: (raw) => readKey(raw, "userId"),
      pages: (ctx) => wholeListPage(() => client.users(ctx.signal)),
      map: (u) => ({ people: [map.mapUser(u)] }),
      snapshot: (batch: UnifiedBatch) => ({ ...batch, peopleSnapshot: true }),
    }),
    stream({
      name: "topics",
      schema: s.topicSchema,
      keyOf: (raw) => readKey(raw, "id"),
      pages: (ctx) => wholeListPage(() => client.topics(ctx.signal)),
      map: (t) => ({ topics: [map.mapTopic(t)] }),
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
          // The calls payload has no modified time; the docs page on callTime.
          position: position("callTime", "id"),
        }),
      map: (c) => ({ calls: [map.mapCall(c)] }),
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
      map: (d) => ({ deletedCalls: [map.mapDeletedCall(d)] }),
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
      map: (t) => ({ callTopics: [map.mapCallTopics(t)] }),
    }),
    stream({
      name: "scores",
      schema: s.scoreSchema,
      keyOf: (raw) => (readKey(raw, "resultId") && readKey(raw, "questionId") ? `${readKey(raw, "resultId")}:${readKey(raw, "questionId")}` : null),
      pages: sinceOnly((q, signal) => client.scores(q, signal), "modified", (raw) => readKey(raw, "resultId")),
      map: (score) => ({ scorecardAnswers: [map.mapScore(score)] }),
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
      map: (card) => ({ scorecards: [map.mapScorecard(card)] }),
    }),
    stream({
      name: "feedback",
      schema: s.feedbackSchema,
      keyOf: (raw) => (readKey(raw, "callId") ? `${readKey(raw, "callId")}:${readKey(raw, "feedbackBy")}:${readKey(raw, "feedbackAt")}` : null),
      pages: sinceOnly((q, signal) => client.feedback(q, signal), "modified", (raw) => readKey(raw, "callId") && `${readKey(raw, "callId")}:${readKey(raw, "feedbackAt")}`),
      map: (f) => ({ feedback: [map.mapFeedback(f)] }),
    }),
    stream({
      name: "listens",
      schema: s.listenSchema,
      keyOf: (raw) => (readKey(raw, "callId") ? `${readKey(raw, "callId")}:${readKey(raw, "listener")}:${readKey(raw, "date")}` : null),
      pages: sinceOnly((q, signal) => client.listens(q, signal), "date", (raw) => readKey(raw, "callId")),
      map: (l) => ({ listens: [map.mapListen(l)] }),
    }),
    stream({
      name: "shares",
      schema: s.shareSchema,
      keyOf: (raw) => (readKey(raw, "callId") ? `${readKey(raw, "callId")}:${readKey(raw, "sharedBy")}:${readKey(raw, "sharedAt")}` : null),
      pages: sinceOnly((q, signal) => client.shares(q, signal), "sharedAt", (raw) => readKey(raw, "callId")),
      map: (share) => ({ shares: [map.mapShare(share)] }),
    }),
    stream({
      name: "plans",
      schema: s.planSchema,
      keyOf: (raw) => readKey(raw, "planId"),
      pages: sinceOnly((q, signal) => client.plans(q, signal), "modified", (raw) => readKey(raw, "planId")),
      map: (p) => ({ plans: [map.mapPlan(p)] }),
    }),
    stream({
      name: "meetings",
      schema: s.meetingSchema,
      keyOf: (raw) => readKey(raw, "meetingId"),
      pages: sinceOnly((q, signal) => client.meetings(q, signal), "modified", (raw) => readKey(raw, "meetingId")),
      map: (m) => ({ meetings: [map.mapMeeting(m)] }),
    }),
    stream({
      name: "kpis",
      schema: s.kpiObservationSchema,
      keyOf: (raw) => (readKey(raw, "kpiId") ? `${readKey(raw, "kpiId")}:${readKey(raw, "observerId") ?? ""}:${readKey(raw, "observedId")}:${readKey(raw, "observedAt")}` : null),
      pages: sinceOnly((q, signal) => client.kpis(q, signal), "modified", (raw) => readKey(raw, "kpiId") && `${readKey(raw, "kpiId")}:${readKey(raw, "observedId")}:${readKey(raw, "observedAt")}`),
      map: (k) => ({ kpiObservations: [map.mapKpiObservation(k)] }),
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
      map: (k) => ({ kpiDefinitions: [map.mapKpiDefinition(k)] }),
    }),
  ];

  if (options.speakerNames !== false) {
    streams.push(
      stream({
        name: "transcripts",
        after: ["calls"],
        schema: s.callSpeakersSchema,
        keyOf: (raw) => readKey(raw, "callId"),
        pages: (ctx) =>
          pendingPages({
            concurrency: 4,
            pending: (exclude) =>
              pendingIds(
                `SELECT c.external_id AS id FROM calls c JOIN transcripts t ON t.call_id = c.id
                 WHERE c.vendor = 'execvision' AND t.speakers IS NULL AND c.deleted_at IS NULL
                 ORDER BY c.started_at DESC LIMIT 200`,
              )(ctx, exclude),
            fetchOne: async (id) => {
              const transcript = await client.transcript(id, ctx.signal);
              return transcript === null ? null : { callId: id, transcript };
            },
          }),
        map: (record) => ({ transcriptSpeakers: [map.mapSpeakers(record)] }),
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

export { ExecVisionClient } from "./client";
