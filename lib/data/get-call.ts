import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { parseJsonColumn, toBool, toDate, toNumber } from "@/lib/db/values";
import { type CallParties, callTitle, callTopic } from "@/lib/domain/call-title";
import { explanationParts } from "@/lib/domain/explanation";
import { type CallDetail, callDetailSchema, type CallMarker, type CallNote } from "./dto";
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
  recording_url: string | null;
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
            c.longest_monologue_sec, c.recording_url, EXISTS (SELECT 1 FROM transcripts tr WHERE tr.call_id = c.id) AS has_transcript
     FROM calls c LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id
     WHERE c.id = ? AND c.deleted_at IS NULL AND ${scope.sql}`,
    [callId, ...scope.params],
  );
  return row ?? null;
}

/** Who a call was with, as its row says: the prospect's number is the caller's on an inbound call, the callee's otherwise. */
export function callParties(row: Pick<CallRow, "prospect_company" | "prospect_name" | "prospect_email" | "from_number" | "to_number" | "direction">): CallParties {
  return { company: row.prospect_company, contact: row.prospect_name, email: row.prospect_email, phone: row.direction === "inbound" ? row.from_number : row.to_number };
}

export async function getCall(viewer: Viewer, callId: number): Promise<CallDetail | null> {
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
  const detail: CallDetail = {
    id: Number(row.id),
    vendor: row.vendor as CallDetail["vendor"],
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
  };
  return callDetailSchema.parse(detail);
}

function stripHtml(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " ").trim();
}
