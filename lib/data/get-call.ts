import "server-only";
import { notFound } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { placeholders, type SqlConnection } from "@/lib/db/sql";
import { parseJsonColumn, toBool, toDate, toNumber } from "@/lib/db/values";
import { type CallParties, callTitle, callTopic } from "@/lib/domain/call-title";
import { explanationParts } from "@/lib/domain/explanation";
import { TALK_METRICS } from "@/lib/domain/talk-metrics";
import type { CallMarker, CallNote } from "./dto";
import { type CallDetailWithTalkSources, callDetailWithTalkSourcesSchema, type TalkSources } from "./dto-talk-source";
import type { CallActivity, CrmMatchView, CrmRecordView, FacetDetails, FacetMetric, ObjectionView, ScorecardResultView } from "./dto-call-extras";
import { callScope } from "./scope";

interface CallRow {
  id: number;
  vendor: string;
  external_id: string;
  rep_id: number | null;
  rep_name: string | null;
  team: string | null;
  title: string | null;
  started_at: unknown;
  duration_sec: number | null;
  direction: string | null;
  outcome: string | null;
  status: string | null;
  prospect_name: string | null;
  prospect_email: string | null;
  prospect_company: string | null;
  from_number: string | null;
  to_number: string | null;
  summary: string | null;
  next_steps: unknown;
  questions_and_answers: unknown;
  sentiment: string | null;
  overall_score: number | null;
  talk_ratio: number | null;
  questions_asked: number | null;
  filler_words: number | null;
  words_per_minute: number | null;
  interruptions: number | null;
  longest_monologue_sec: number | null;
  derived_metrics: unknown;
  recording_url: string | null;
  crm_matches: unknown;
  has_transcript: number | boolean;
}

/** The call row if the viewer may see it; everything about a call goes through this. */
export async function findVisibleCall(viewer: Viewer, callId: number): Promise<CallRow | null> {
  const sql = await getSql();
  const scope = callScope(viewer);
  const [row] = await sql.all<CallRow>(
    `SELECT c.id, c.vendor, c.external_id, c.rep_id, r.name AS rep_name, t.name AS team, c.title, c.started_at, c.duration_sec, c.direction,
            c.outcome, c.status, c.prospect_name, c.prospect_email, c.prospect_company, c.from_number, c.to_number, c.summary, c.next_steps, c.questions_and_answers,
            c.sentiment, c.overall_score, c.talk_ratio, c.questions_asked, c.filler_words, c.words_per_minute, c.interruptions,
            c.longest_monologue_sec, c.derived_metrics, c.recording_url, c.crm_matches, EXISTS (SELECT 1 FROM transcripts tr WHERE tr.call_id = c.id) AS has_transcript
     FROM calls c LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id
     WHERE c.id = ? AND c.deleted_at IS NULL AND ${scope.sql}`,
    [callId, ...scope.params],
  );
  return row ?? null;
}

/** The call row if the viewer may see it, else the 404 the call itself answers ("No such call"). */
export async function requireVisibleCall(viewer: Viewer, callId: number): Promise<CallRow> {
  const call = await findVisibleCall(viewer, callId);
  if (!call) throw notFound("No such call");
  return call;
}

/** What names a call (its parties), as read from calls c: select CALL_PARTY_COLUMNS, read a CallPartyRow, name it with callParties. */
export const CALL_PARTY_COLUMNS = "c.prospect_company, c.prospect_name, c.prospect_email, c.direction, c.from_number, c.to_number";
export type CallPartyRow = Pick<CallRow, "prospect_company" | "prospect_name" | "prospect_email" | "from_number" | "to_number" | "direction">;

/** Who a call was with, as its row says: the prospect's number is the caller's on an inbound call, the callee's otherwise. */
export function callParties(row: CallPartyRow): CallParties {
  return { company: row.prospect_company, contact: row.prospect_name, email: row.prospect_email, phone: row.direction === "inbound" ? row.from_number : row.to_number };
}

/** Each talk figure's source: the transcript for the metrics the call's derived_metrics lists, else the vendor. */
export function talkSourcesOf(derivedMetrics: unknown): TalkSources {
  const listed = parseJsonColumn<unknown>(derivedMetrics);
  const fromTranscript = new Set(Array.isArray(listed) ? listed : []);
  return Object.fromEntries(TALK_METRICS.map((name) => [name, fromTranscript.has(name) ? "transcript" : "vendor"])) as TalkSources;
}

export async function getCall(viewer: Viewer, callId: number): Promise<CallDetailWithTalkSources | null> {
  const row = await findVisibleCall(viewer, callId);
  if (!row) return null;
  const sql = await getSql();
  const scores = await sql.all<{ skill_set: string; skill: string; label: string; score: number; weight: number | null; explanation: string | null; insufficient_evidence: unknown; evidence: unknown; details: unknown }>(
    `SELECT skill_set, skill, label, score, weight, explanation, insufficient_evidence, evidence, details FROM call_scores WHERE call_id = ? ORDER BY skill_set, id`,
    [callId],
  );
  const [insight] = await sql.all<Record<string, unknown>>(`SELECT * FROM call_insights WHERE call_id = ?`, [callId]);
  const coaching = await sql.all<{ kind: "win" | "opportunity" | "drill"; facet: string | null; text: string }>(`SELECT kind, facet, text FROM coaching_items WHERE call_id = ? ORDER BY position`, [callId]);
  const markers: CallMarker[] = [];
  for (const s of scores) {
    for (const e of parseJsonColumn<{ startSec: number; endSec: number; text: string }[]>(s.evidence) ?? []) {
      markers.push({ kind: "evidence", startSec: e.startSec, endSec: e.endSec, label: s.label, text: e.text });
    }
  }
  for (const m of await sql.all<{ topic_name: string; start_sec: number; end_sec: number; matching_text: string }>(
    `SELECT m.topic_name, m.start_sec, m.end_sec, m.matching_text FROM topic_matches m JOIN call_topic_summaries s ON s.id = m.summary_id WHERE s.vendor = ? AND s.call_external_id = ? ORDER BY m.start_sec`,
    [row.vendor, row.external_id],
  )) {
    markers.push({ kind: "topic", startSec: Number(m.start_sec), endSec: Number(m.end_sec), label: m.topic_name, text: m.matching_text });
  }
  // Reviewers' comments and highlights, each with its author: a vendor user is a rep identity, named by its rep.
  const notes: CallNote[] = [];
  for (const f of await sql.all<{ is_comment: unknown; is_highlight: unknown; text: string | null; start_sec: number; end_sec: number | null; given_at: unknown; author: string | null }>(
    `SELECT f.is_comment, f.is_highlight, f.text, f.start_sec, f.end_sec, f.given_at, ar.name AS author
     FROM feedback f
     LEFT JOIN rep_identities ai ON ai.vendor = f.vendor AND ai.external_id = f.author_external_id
     LEFT JOIN reps ar ON ar.id = ai.rep_id
     WHERE f.vendor = ? AND f.call_external_id = ? ORDER BY f.start_sec, f.given_at`,
    [row.vendor, row.external_id],
  )) {
    const note: CallNote = {
      kind: toBool(f.is_highlight) ? "highlight" : "comment",
      author: f.author,
      givenAt: toDate(f.given_at)!.toISOString(),
      startSec: Number(f.start_sec),
      endSec: toNumber(f.end_sec),
      text: f.text ? stripHtml(f.text) || null : null,
    };
    notes.push(note);
    markers.push({ kind: note.kind, startSec: note.startSec, endSec: note.endSec, label: note.kind === "highlight" ? "Highlight" : "Comment", text: note.text });
  }
  markers.sort((a, b) => a.startSec - b.startSec);
  const [scorecards, activity] = await Promise.all([scorecardResults(sql, row), callActivity(sql, row)]);
  const detail: CallDetailWithTalkSources = {
    id: Number(row.id),
    vendor: row.vendor as CallDetailWithTalkSources["vendor"],
    externalId: row.external_id,
    title: callTitle(callParties(row)),
    topic: callTopic(row.title),
    rep: row.rep_id === null ? null : { id: Number(row.rep_id), name: row.rep_name ?? "Unknown rep", team: row.team },
    startedAt: toDate(row.started_at)!.toISOString(),
    durationSec: toNumber(row.duration_sec),
    direction: row.direction,
    outcome: row.outcome,
    status: row.status,
    prospect: { name: row.prospect_name, email: row.prospect_email, company: row.prospect_company },
    summary: row.summary,
    nextSteps: parseJsonColumn<string[]>(row.next_steps) ?? [],
    questionsAndAnswers: parseJsonColumn<{ question: string; answer: string }[]>(row.questions_and_answers) ?? [],
    sentiment: row.sentiment,
    overallScore: toNumber(row.overall_score),
    talk: {
      talkRatio: toNumber(row.talk_ratio),
      questionsAsked: toNumber(row.questions_asked),
      fillerWords: toNumber(row.filler_words),
      wordsPerMinute: toNumber(row.words_per_minute),
      interruptions: toNumber(row.interruptions),
      longestMonologueSec: toNumber(row.longest_monologue_sec),
    },
    talkSources: talkSourcesOf(row.derived_metrics),
    scores: scores.map((s) => ({
      skillSet: s.skill_set,
      skill: s.skill,
      label: s.label,
      score: Number(s.score),
      weight: toNumber(s.weight),
      explanation: s.explanation,
      ...explanationParts(s.skill_set, parseJsonColumn(s.details)),
      insufficientEvidence: toBool(s.insufficient_evidence),
      evidence: parseJsonColumn<{ startSec: number; endSec: number; text: string }[]>(s.evidence) ?? [],
    })),
    insight: insight
      ? {
          lead: parseJsonColumn(insight.lead),
          messaging: parseJsonColumn(insight.messaging),
          targeting: parseJsonColumn(insight.targeting),
          gapSkill: toNumber(insight.gap_skill),
          gapPlaybook: toNumber(insight.gap_playbook),
          gapRationale: (insight.gap_rationale as string | null) ?? null,
          actionPlan: parseJsonColumn(insight.action_plan),
        }
      : null,
    coaching,
    markers,
    notes,
    recordingUrl: row.recording_url ? `/api/calls/${row.id}/recording` : null,
    hasTranscript: toBool(row.has_transcript),
    extras: {
      scorecards,
      activity,
      crm: crmMatches(parseJsonColumn(row.crm_matches)),
      facetDetails: scores.filter((s) => s.skill_set === "salesfinity").flatMap((s) => facetDetails(s.skill, parseJsonColumn(s.details)) ?? []),
      objections: objections(insight ? parseJsonColumn(insight.call_metadata) : null, scores.find((s) => s.skill_set === "salesfinity" && s.skill === "objection_handling")?.details),
    },
  };
  return callDetailWithTalkSourcesSchema.parse(detail);
}

function stripHtml(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " ").trim();
}

// ─── What else the vendors synced about the call (CallDetail.extras) ───────
// Each read is keyed by the call's (vendor, external_id), on the
// (vendor, call_external_id) index of its table, and capped: a call the whole
// company listened to still costs the page one bounded read.

const MAX_ANSWERS = 500;
const MAX_LISTENS = 100;
const MAX_SHARES = 50;

type CallKey = Pick<CallRow, "vendor" | "external_id">;

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The call's filled-out scorecards, newest first, each question in its scorecard's order. */
async function scorecardResults(sql: SqlConnection, call: CallKey): Promise<ScorecardResultView[]> {
  // The reviewer is named by the rep (or the Coachboard user) with their email; both lookups are on unique emails.
  const rows = await sql.all<{
    result_id: string; scorecard_name: string | null; card_name: string | null; question: string | null; question_text: string | null;
    skill1: string | null; skill2: string | null; skill3: string | null; scheme: string; answer: unknown; raw_answer: unknown; percent: unknown;
    reason: string | null; comment: string | null; reviewer_email: string | null; reviewer_name: string | null; scored_at: unknown;
  }>(
    `SELECT a.result_id, a.scorecard_name, sc.name AS card_name, a.question, q.text AS question_text, a.skill1, a.skill2, a.skill3, a.scheme,
            a.answer, a.raw_answer, a.percent, a.reason, a.comment, a.reviewer_email, COALESCE(rr.name, ru.name) AS reviewer_name, a.scored_at
     FROM scorecard_answers a
     LEFT JOIN scorecards sc ON sc.vendor = a.vendor AND sc.external_id = a.scorecard_external_id
     LEFT JOIN scorecard_questions q ON q.scorecard_id = sc.id AND q.external_id = TRIM(a.question_external_id)
     LEFT JOIN reps rr ON rr.email = a.reviewer_email
     LEFT JOIN users ru ON ru.email = a.reviewer_email
     WHERE a.vendor = ? AND a.call_external_id = ?
     ORDER BY a.scored_at DESC, a.result_id, COALESCE(q.position, 1000000), a.id
     LIMIT ${MAX_ANSWERS}`,
    [call.vendor, call.external_id],
  );
  const results = new Map<string, ScorecardResultView>();
  for (const a of rows) {
    let result = results.get(a.result_id);
    if (!result) {
      const email = text(a.reviewer_email);
      result = {
        resultId: a.result_id,
        name: text(a.scorecard_name) ?? text(a.card_name) ?? "Scorecard",
        reviewer: email || a.reviewer_name ? { name: text(a.reviewer_name), email } : null,
        scoredAt: toDate(a.scored_at)!.toISOString(),
        answers: [],
      };
      results.set(a.result_id, result);
    }
    result.answers.push({
      question: text(a.question) ?? text(a.question_text) ?? "Question",
      skills: [a.skill1, a.skill2, a.skill3].map(text).filter((s): s is string => s !== null),
      scheme: a.scheme,
      answer: toNumber(a.answer),
      rawAnswer: toNumber(a.raw_answer),
      percent: toNumber(a.percent),
      reason: text(a.reason),
      comment: text(a.comment),
    });
  }
  return [...results.values()];
}

/** Who listened to the call and who shared it with whom, newest first. */
async function callActivity(sql: SqlConnection, call: CallKey): Promise<CallActivity> {
  // A vendor user is a rep identity, named by its rep (the unique (vendor, external_id) index).
  // Independent reads: on PostgreSQL they run side by side on the pool.
  const [listens, shares] = await Promise.all([
    sql.all<{ listener: string | null; listened_on: string; seconds_listened: unknown }>(
    `SELECT r.name AS listener, l.listened_on, l.seconds_listened
     FROM listens l
     LEFT JOIN rep_identities i ON i.vendor = l.vendor AND i.external_id = l.listener_external_id
     LEFT JOIN reps r ON r.id = i.rep_id
     WHERE l.vendor = ? AND l.call_external_id = ?
     ORDER BY l.listened_on DESC, l.id DESC
     LIMIT ${MAX_LISTENS + 1}`,
      [call.vendor, call.external_id],
    ),
    sql.all<{ shared_by: string | null; shared_at: unknown; recipient_user_ids: unknown; recipient_emails: unknown }>(
    `SELECT r.name AS shared_by, s.shared_at, s.recipient_user_ids, s.recipient_emails
     FROM shares s
     LEFT JOIN rep_identities i ON i.vendor = s.vendor AND i.external_id = s.shared_by_external_id
     LEFT JOIN reps r ON r.id = i.rep_id
     WHERE s.vendor = ? AND s.call_external_id = ?
     ORDER BY s.shared_at DESC, s.id DESC
     LIMIT ${MAX_SHARES + 1}`,
      [call.vendor, call.external_id],
    ),
  ]);
  const shown = shares.slice(0, MAX_SHARES).map((s) => ({
    sharedBy: s.shared_by,
    sharedAt: toDate(s.shared_at)!.toISOString(),
    ids: stringList(parseJsonColumn(s.recipient_user_ids)),
    emails: stringList(parseJsonColumn(s.recipient_emails)),
  }));
  // Recipients named in two reads, on unique indexes: rep identities by id, reps by email.
  const ids = [...new Set(shown.flatMap((s) => s.ids))];
  const emails = [...new Set(shown.flatMap((s) => s.emails))];
  const nameById = new Map<string, string>();
  const nameByEmail = new Map<string, string>();
  if (ids.length) {
    for (const r of await sql.all<{ external_id: string; name: string }>(
      `SELECT i.external_id, r.name FROM rep_identities i JOIN reps r ON r.id = i.rep_id WHERE i.vendor = ? AND i.external_id IN (${placeholders(ids.length)})`,
      [call.vendor, ...ids],
    )) nameById.set(r.external_id, r.name);
  }
  if (emails.length) {
    for (const r of await sql.all<{ email: string; name: string }>(`SELECT email, name FROM reps WHERE email IN (${placeholders(emails.length)})`, emails)) nameByEmail.set(r.email, r.name);
  }
  return {
    listens: listens.slice(0, MAX_LISTENS).map((l) => ({ listener: l.listener, listenedOn: String(l.listened_on), secondsListened: toNumber(l.seconds_listened) ?? 0 })),
    shares: shown.map((s) => {
      const named = s.ids.map((id) => nameById.get(id)).filter((n): n is string => !!n);
      return {
        sharedBy: s.sharedBy,
        sharedAt: s.sharedAt,
        recipients: [...new Set([...named, ...s.emails.map((e) => nameByEmail.get(e) ?? e)])],
        others: s.ids.length - named.length,
      };
    }),
    truncated: listens.length > MAX_LISTENS || shares.length > MAX_SHARES,
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((s): s is string => s !== null) : [];
}

/** A link the data gives, if it is a web address (never javascript: and the like). */
function givenUrl(value: unknown): string | null {
  const url = text(value);
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

function crmRecord(value: unknown): CrmRecordView | null {
  if (!isRecord(value)) return null;
  const id = text(value.crmId) ?? text(value.id);
  const name = text(value.name);
  if (!id && !name) return null;
  // A link only where the vendor gives one: an id alone names no address Coachboard may assume.
  return { name, id, url: givenUrl(value.url) };
}

/** The CRM account, contacts and opportunity the vendor matched the call to; anything else in the field is ignored. */
export function crmMatches(value: unknown): CrmMatchView[] {
  if (!Array.isArray(value)) return [];
  const matches: CrmMatchView[] = [];
  for (const m of value) {
    if (!isRecord(m)) continue;
    const system = text(m.crmName);
    const account = crmRecord(m.account);
    const contacts = (Array.isArray(m.contacts) ? m.contacts : []).map((c) => crmRecord(c)).filter((c): c is CrmRecordView => c !== null);
    const engagement = crmRecord(m.engagement);
    const e = isRecord(m.engagement) ? m.engagement : {};
    const opportunity = engagement ? { ...engagement, stage: text(e.stage), amount: toNumber(typeof e.amount === "number" || typeof e.amount === "string" ? e.amount : null) } : null;
    if (account || contacts.length || opportunity) matches.push({ system, account, contacts, opportunity });
  }
  return matches;
}

/**
 * A Salesfinity facet's details as stored with its score (its `checks` or its
 * `metrics`, or both): yes/no answers are checks passed or failed, the
 * improvement recommendation is its own line, the rest are metrics. Keys are
 * sorted: PostgreSQL's jsonb does not keep the order sent.
 */
export function facetDetails(skill: string, details: unknown): FacetDetails | null {
  if (!isRecord(details)) return null;
  const parts = isRecord(details.checks) || isRecord(details.metrics) ? [details.checks, details.metrics, details] : [details];
  const out: FacetDetails = { skill, checks: [], metrics: [], recommendation: null };
  const seen = new Set<string>();
  for (const part of parts) {
    if (!isRecord(part)) continue;
    for (const key of Object.keys(part).sort()) {
      const value = part[key];
      if (seen.has(key) || key === "checks" || key === "metrics") continue;
      seen.add(key);
      // Shown once, with their moments, as the call's detected objections.
      if (key === "objections_detected") continue;
      if (key === "improvement_recommendation") out.recommendation = text(value);
      else if (typeof value === "boolean") out.checks.push({ text: checkText(key), passed: value });
      else if (isRecord(value) && typeof value.passed === "boolean") out.checks.push({ text: text(value.text) ?? text(value.label) ?? checkText(key), passed: value.passed });
      else {
        const metric = metricValue(value);
        if (metric !== null) out.metrics.push({ key, value: metric });
      }
    }
  }
  return out.checks.length || out.metrics.length || out.recommendation ? out : null;
}

/** "permission_opener_used" → "Permission opener used". */
function checkText(key: string): string {
  const words = key.replace(/[_-]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}

function metricValue(value: unknown): FacetMetric["value"] | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return text(value);
  if (Array.isArray(value)) {
    const list = stringList(value);
    return list.length ? list : null;
  }
  return null;
}

/**
 * The objections Salesfinity detected: from the call's metadata, else from the
 * objection-handling facet. The doc sends names; a detection that comes with
 * its moment (an object with a start time) keeps it, for a play button.
 */
export function objections(metadata: unknown, facetDetailsValue: unknown): ObjectionView[] {
  const facet = parseJsonColumn<unknown>(facetDetailsValue);
  const fromFacet = isRecord(facet) ? (isRecord(facet.metrics) ? facet.metrics.objections_detected : facet.objections_detected) : undefined;
  const fromMeta = isRecord(metadata) ? metadata.objections_detected : undefined;
  const list = Array.isArray(fromMeta) && fromMeta.length ? fromMeta : Array.isArray(fromFacet) ? fromFacet : [];
  const out: ObjectionView[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const entry = typeof item === "string" ? { text: text(item), startSec: null } : isRecord(item) ? { text: text(item.text) ?? text(item.objection) ?? text(item.type) ?? text(item.name), startSec: toNumber(item.start_sec ?? item.startSec ?? item.time_sec ?? null) } : null;
    if (!entry?.text || seen.has(entry.text)) continue;
    seen.add(entry.text);
    out.push({ text: entry.text, startSec: entry.startSec !== null && entry.startSec >= 0 ? entry.startSec : null });
  }
  return out;
}
