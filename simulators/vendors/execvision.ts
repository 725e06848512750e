// ExecVision Conversation Intelligence API v2, under /api/ev/2, HTTP Basic auth.
import type { IncomingHttpHeaders } from "node:http";
import type { EvCallEntry } from "../dataset/types";
import { evSegments } from "../dataset/ev-format";
import { HttpError, clone, ok, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import type { SimulatorCredentials } from "../types";
import { FULL, findCall, listCallTopics, listCalls, listDeleted, projectCall, searchCalls, servedCall, variantsApply } from "./execvision-calls";
import { STREAM_NAMES, listStream, servedScheme, servedStreamRecord, type StreamName } from "./execvision-streams";
import { servedTopics } from "./execvision-topics";

const PREFIX = "/api/ev/2";

export function authorizeExecvision(headers: IncomingHttpHeaders, credentials: SimulatorCredentials): boolean {
  const m = /^Basic\s+(.+)$/i.exec(headers.authorization ?? "");
  if (!m) return false;
  const decoded = Buffer.from(m[1].trim(), "base64").toString("utf8");
  return decoded === `${credentials.execvisionUserId}:${credentials.execvisionPassword}`;
}

export function handleExecvision(req: VendorRequest, store: SimStore): HandlerResult {
  if (!req.path.startsWith(`${PREFIX}/`)) throw new HttpError(404, `No route for ${req.path}`);
  const route = req.path.slice(PREFIX.length + 1).replace(/\/+$/, "");
  const [head, id, ...extra] = route.split("/");
  if (extra.length) throw new HttpError(404, `No route for ${req.path}`);
  if (head === "call" && id && req.method === "DELETE") {
    findCall(store, decodeURIComponent(id));
    throw new HttpError(403, "Delete is not enabled for this token");
  }
  if (req.method !== "GET") throw new HttpError(405, `Method ${req.method} not allowed`);
  const ev = store.ev;
  const evolve = <T>(value: T, key: string) => store.variants.evolve(value, key);
  if (id === undefined) {
    switch (head) {
      case "check": return { status: 200 };
      case "users": return ok(ev.users.map((u) => evolve(u, u.userId)));
      case "teams": return ok(ev.teams.map((t) => evolve(t, t.id)));
      case "departments": return ok(ev.departments.map((d) => evolve(d, d.id)));
      case "topics": return ok(servedTopics(store, ev.topics));
      case "calls": return listCalls(req, store);
      case "call_topics": return listCallTopics(req, store);
    }
    if ((STREAM_NAMES as string[]).includes(head)) {
      const result = listStream(head as StreamName, req, store);
      return Array.isArray(result.body) ? { ...result, body: result.body.map((record) => servedStreamRecord(store, head as StreamName, record)) } : result;
    }
  } else {
    const key = decodeURIComponent(id);
    switch (head) {
      case "calls":
        if (key === "deleted") return listDeleted(req, store);
        if (key === "search") return searchCalls(req, store);
        break;
      case "call": return ok(projectCall(store, findCall(store, key), FULL));
      case "transcript": {
        const entry = findCall(store, key);
        // "Written specifically for Intuit. Discuss before sharing with other customers."
        const access = store.variants.pick("execvision.transcript", ["answers", "forbidden", "missing"] as const);
        if (access === "forbidden") throw new HttpError(403, "The transcript endpoint is not enabled for this account");
        if (access === "missing") throw new HttpError(404, `No route for ${req.path}`);
        return ok(servedTranscript(store, entry));
      }
      case "scorecard": {
        const questions = ev.scorecards.filter((q) => q.scorecardId === key);
        if (!questions.length) throw new HttpError(404, `Scorecard ${key} not found`);
        // The example names the question id questionId, the table questionID.
        const idKey = store.variants.pick("execvision.scorecard.questionId", ["questionId", "questionID"] as const);
        return ok(
          questions.map(({ skills: _skills, questionId, ...q }) =>
            evolve({ ...q, scorecardScheme: servedScheme(store, q.scorecardScheme), [idKey]: questionId }, questionId),
          ),
        );
      }
      case "kpi": {
        const kpi = ev.kpiDefinitions.find((k) => String(k.kpiId) === key);
        if (!kpi) throw new HttpError(404, `KPI ${key} not found`);
        return ok(evolve(kpi, key));
      }
    }
  }
  throw new HttpError(404, `No route for ${req.path}`);
}

export function simplifiedTranscript(entry: EvCallEntry) {
  const words = entry.call.transcript ?? [];
  return {
    speakers: entry.speakers,
    transcript: evSegments(words).map((s) => ({ startTime: s.startTime, endTime: s.endTime, speakerNumber: s.speakerNumber, text: s.text })),
  };
}

/**
 * The simplified transcript as this account serves it (variants mode: a few
 * calls name a speaker of a type the docs do not list, evolved).
 */
export function servedTranscript(store: SimStore, entry: EvCallEntry): unknown {
  const transcript = simplifiedTranscript(entry);
  const v = store.variants;
  if (!v.on) return transcript;
  const bot = v.chance("execvision.transcript.bot", entry.call.id, 0.1);
  const speakers = transcript.speakers.map((s) => (bot && s.speakerType !== "INTERNAL" ? { ...s, speakerType: "BOT" } : s));
  return v.evolve({ ...transcript, speakers }, entry.call.id);
}

/** The current calls as call/{id} serves them (never malformed). */
export function execvisionRecords(store: SimStore): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const view = store.evCalls;
  for (let i = 0; i < view.size(); i++) {
    const entry = view.entryAt(i);
    if (variantsApply(store)) {
      out.push(clone(servedCall(store, entry)));
      continue;
    }
    const { transcript, crmMatches, ...rest } = clone(entry.call);
    out.push({ ...rest, metadata: { ...rest.metadata, templates: { ...entry.templates } }, transcript, crmMatches });
  }
  return out;
}
