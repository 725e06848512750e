// Call analyses: calls Coachboard submitted for AI scoring. The scripted
// recordings are among them (real audio, manifest timings); the rest were
// submitted as transcripts. A few failed, a few were cancelled, and a few are
// still running when the simulator starts.
import { FACET_TEXT } from "./coaching-text";
import { buildConversation, timeConversation, FILLER_WORDS, type TimedTranscript } from "./conversation";
import { assignReps, callSkills, randomProspect, type GenContext, type RepRuntime } from "./context";
import type { RecordingManifestEntry } from "./manifest";
import { FACETS, meanSkill, type Facet, type Skills } from "./org";
import { clamp, round, type Rng } from "./prng";
import { businessTimes, isoMs } from "./time";
import type { AnalysisEntry, AnalysisRecord, AnalysisResult, AnalysisTranscript, AnalysisWord } from "./types";

interface SpokenWord { text: string; startMs: number; endMs: number; role: "rep" | "prospect" }
interface Spoken { words: SpokenWord[]; turns: { role: "rep" | "prospect"; startMs: number; endMs: number; text: string }[]; durationMs: number }

const PRINCIPLES = [
  "Seek to understand before you seek to be understood.",
  "A specific ask earns a specific answer.",
  "The prospect's words are more persuasive than yours.",
  "An objection is a question the prospect has not finished asking.",
  "Slow is smooth, and smooth is fast.",
];

export function generateAnalyses(ctx: GenContext, generatedCount = 51): AnalysisEntry[] {
  const rng = ctx.rng("analyses");
  const reps = ctx.reps.filter((r) => r.analysesRepId);
  const entries: AnalysisEntry[] = [];

  // The scripted recordings, each analysed for the rep who is heard on it.
  ctx.manifest.filter((m) => m.kind === "sales").forEach((m, i) => {
    const rep = reps.find((r) => r.def.recording === m.id) ?? reps[i % reps.length];
    const callStart = businessTimes(rng, 1, ctx.anchorMs - 2 * 86_400_000, 25)[0];
    const spoken = fromManifest(m);
    const skills = callSkills(rng, rep, callStart, ctx.anchorMs);
    const prospect = { name: m.prospect.name, company: m.prospect.company, title: m.prospect.title };
    entries.push(entry(ctx, rng, rep, prospect, skills, spoken, callStart, m.title, m.file, "completed", null));
  });

  const times = businessTimes(rng, generatedCount, ctx.anchorMs - 3_600_000, 90);
  const assigned = assignReps(rng, reps, generatedCount);
  const special = rng.shuffle([...Array(generatedCount - 4).keys()]);
  const failed = new Set(special.slice(0, 3));
  const cancelled = new Set(special.slice(3, 5));
  times.forEach((startMs, i) => {
    const rep = assigned[i];
    const callRng = rng.fork(`analysis-${i}`);
    const live = i >= generatedCount - 4;
    const callStart = live ? ctx.anchorMs - callRng.int(50, 75) * 60_000 : startMs;
    const prospect = randomProspect(callRng, rep.product);
    const skills = callSkills(callRng, rep, callStart, ctx.anchorMs);
    const conversation = buildConversation({ rng: callRng, product: rep.product, rep, prospect, skills, kind: callRng.chance(0.5) ? "meeting" : "cold_call", targetWords: callRng.int(260, 700) });
    const timed = timeConversation(conversation.sentences, callRng, { rep: rep.def.wpm, prospect: callRng.int(140, 165) });
    const status = failed.has(i) ? "failed" : cancelled.has(i) ? "cancelled" : "completed";
    const title = `${rep.product.name} call with ${prospect.company}`;
    const e = entry(ctx, callRng, rep, prospect, skills, fromTimed(timed), callStart, title, null, status, live ? { processingAfterMs: callRng.int(20, 90) * 1000, finalAfterMs: callRng.int(150, 330) * 1000 } : null);
    entries.push(e);
    // Failed analyses were resubmitted: the retry points back at its parent.
    const retryAt = Date.parse(e.record.completed_at ?? "") + callRng.int(10, 90) * 60_000;
    if (status === "failed" && retryAt < ctx.anchorMs - 900_000) {
      const retry = entry(ctx, callRng, rep, prospect, skills, fromTimed(timed), callStart, title, null, "completed", null, retryAt);
      retry.record.parent_session_id = e.record.id;
      entries.push(retry);
    }
  });
  return entries.sort((a, b) => a.record.created_at.localeCompare(b.record.created_at));
}

function fromManifest(m: RecordingManifestEntry): Spoken {
  const words: SpokenWord[] = [];
  for (const seg of m.segments) for (const w of seg.words) words.push({ text: w.text, startMs: w.startMs, endMs: w.endMs, role: seg.speaker });
  return { words, turns: m.segments.map((s) => ({ role: s.speaker, startMs: s.startMs, endMs: s.endMs, text: s.text })), durationMs: m.durationMs };
}

function fromTimed(timed: TimedTranscript): Spoken {
  const ms = (sec: number) => Math.round(sec * 1000);
  return {
    words: timed.words.map((w) => ({ text: w.text + w.punct, startMs: ms(w.start), endMs: ms(w.end), role: w.role })),
    turns: timed.turns.map((t) => ({ role: t.role, startMs: ms(t.start), endMs: ms(t.end), text: t.text })),
    durationMs: ms(timed.duration),
  };
}

function entry(
  ctx: GenContext, rng: Rng, rep: RepRuntime, prospect: { name: string; company: string; title: string }, skills: Skills, spoken: Spoken,
  callStart: number, title: string, recordingFile: string | null, status: "completed" | "failed" | "cancelled",
  live: AnalysisEntry["live"], submittedAt?: number,
): AnalysisEntry {
  const createdMs = submittedAt ?? (live ? ctx.anchorMs - rng.int(5, 45) * 60_000 : callStart + spoken.durationMs + rng.int(60, 900) * 1000);
  const startedMs = createdMs + rng.int(2, 40) * 1000;
  const finishedMs = startedMs + rng.int(35, 170) * 1000;
  const cancelledWhileQueued = status === "cancelled" && rng.chance(0.5);
  const durationSeconds = Math.round(spoken.durationMs / 1000);
  const record: AnalysisRecord = {
    id: rng.uuid(),
    status,
    recording_url: null,
    transcript_url: recordingFile ? null : `https://files.northbeam.example/transcripts/${rng.hex(16)}.json`,
    callback_url: "https://coachboard.northbeam.example/api/webhooks/analyses",
    options: { language: "en", speakers_expected: 2, analysis_version: "v5", include_words: true },
    metadata: { rep_email: rep.email, rep_name: rep.name, rep_speaker: "A", prospect_company: prospect.company, call_started_at: isoMs(callStart) },
    transcript: {},
    analysis: {},
    error: {},
    duration_seconds: null,
    cost_usd_cents: 0,
    created_at: isoMs(createdMs),
    started_at: live || cancelledWhileQueued ? null : isoMs(startedMs),
    completed_at: live ? null : isoMs(cancelledWhileQueued ? startedMs : finishedMs),
    partner_org_id: ctx.partnerOrgId,
    partner_rep_id: rep.analysesRepId,
    parent_session_id: null,
  };
  if (status === "failed") {
    const kind = rng.pick([
      { code: "transcript_fetch_failed", message: "Could not download the transcript from transcript_url", details: { http_status: 403, attempts: 3 } },
      { code: "transcript_too_short", message: "The transcript has too few words to analyse", details: { word_count: rng.int(8, 40), minimum: 50 } },
      { code: "speaker_diarization_failed", message: "Could not tell the rep and the prospect apart", details: { speakers_detected: 1 } },
    ]);
    record.error = kind;
  } else if (status === "completed") {
    record.transcript = transcriptOf(rng, spoken, skills);
    record.analysis = analysisOf(rng, rep, prospect, skills, spoken, title);
    record.duration_seconds = durationSeconds;
    record.cost_usd_cents = Math.round(12 + durationSeconds / 60 * 4);
  }
  return { record, recordingFile, live };
}

function transcriptOf(rng: Rng, spoken: Spoken, skills: Skills): AnalysisTranscript {
  const speaker = (role: string) => (role === "rep" ? "A" : "B");
  const words: AnalysisWord[] = spoken.words.map((w) => ({ text: w.text, start: w.startMs, end: w.endMs, confidence: round(rng.float(0.82, 0.995), 3), speaker: speaker(w.role) }));
  const score = clamp(round((meanSkill(skills) - 60) / 40 + rng.normal(0, 0.15), 2), -1, 1);
  return {
    text: spoken.turns.map((t) => t.text).join(" "),
    utterances: spoken.turns.map((t) => ({ start: t.startMs, end: t.endMs, speaker: speaker(t.role), transcript: t.text, text: t.text })),
    words,
    word_count: words.length,
    duration_seconds: Math.round(spoken.durationMs / 1000),
    overall_sentiment: score > 0.25 ? "positive" : score < -0.2 ? "negative" : "neutral",
    sentiment_score: score,
  };
}

const OWN_FEEDBACK: Record<string, { positive: string; negative: string }> = {
  clarity: { positive: "Your explanations were short and easy to follow.", negative: "Key points got buried in long, run-on explanations." },
  influence: { positive: "You framed value in the prospect's own terms, which moved the conversation forward.", negative: "Value was asserted rather than shown, so it did not persuade." },
};

const DIMENSIONS: Record<"clarity" | "influence" | "objection" | "discovery" | "delivery" | "close", Facet[]> = {
  clarity: ["pitch", "tonality"], influence: ["pitch", "intro"], objection: ["objection"], discovery: ["discovery"], delivery: ["tonality"], close: ["cta"],
};

function analysisOf(rng: Rng, rep: RepRuntime, prospect: { name: string; company: string; title: string }, skills: Skills, spoken: Spoken, title: string): AnalysisResult {
  const repWords = spoken.words.filter((w) => w.role === "rep");
  const repTurns = spoken.turns.filter((t) => t.role === "rep");
  const repMs = repTurns.reduce((a, t) => a + t.endMs - t.startMs, 0);
  const questions = repTurns.reduce((a, t) => a + (t.text.match(/\?/g)?.length ?? 0), 0);
  const fillers = repWords.filter((w) => FILLER_WORDS.has(w.text.toLowerCase().replace(/[^a-z]/g, "")) && (!/^like/i.test(w.text) || w.text.endsWith(","))).length;
  const score = (facets: Facet[]) => clamp(Math.round(facets.reduce((a, f) => a + skills[f], 0) / facets.length + rng.normal(0, 3)), 0, 100);
  const s = Object.fromEntries(Object.entries(DIMENSIONS).map(([k, f]) => [k, score(f)])) as Record<keyof typeof DIMENSIONS, number>;
  const overall = Math.round(Object.values(s).reduce((a, b) => a + b, 0) / 6);
  const ranked = [...FACETS].sort((a, b) => skills[b] - skills[a]);
  const best = FACET_TEXT[ranked[0]];
  const worst = FACET_TEXT[ranked[ranked.length - 1]];
  const feedback = Object.fromEntries(
    Object.entries(DIMENSIONS).map(([k, facets]) => [k, OWN_FEEDBACK[k] ?? { positive: FACET_TEXT[facets[0]].positive, negative: FACET_TEXT[facets[0]].negative }]),
  ) as AnalysisResult["feedback_v5"];
  const talkRatio = round(repMs / Math.max(1, spoken.turns.reduce((a, t) => a + t.endMs - t.startMs, 0)), 2);
  const summary = `${rep.name} spoke with ${prospect.name}, ${prospect.title} at ${prospect.company}, about ${rep.product.name}. ${best.label} was the strongest part of the call; ${worst.label.toLowerCase()} needs the most work.`;
  return {
    prospect_name: prospect.name,
    recording_title: title,
    double_down: best.win,
    ai_summary: summary,
    ai_summary_v5: `**Call:** ${title}\n**Strength:** ${best.positive}\n**Focus next:** ${worst.negative}\n**Talk ratio:** ${Math.round(talkRatio * 100)}% rep`,
    questions_asked: questions,
    filler_word_count: fillers,
    words_per_minute: Math.round(repWords.length / Math.max(repMs / 60_000, 0.1)),
    overall_score: overall,
    clarity_score: s.clarity,
    influence_score: s.influence,
    objection_score: s.objection,
    discovery_score: s.discovery,
    delivery_score: s.delivery,
    close_score: s.close,
    feedback_v5: feedback,
    action_plan_v5: {
      double_down_implementation: `Keep doing this on every call: ${best.positive.charAt(0).toLowerCase()}${best.positive.slice(1)}`,
      general_communication_improvement: worst.drill,
      quoted_principle: rng.pick(PRINCIPLES),
    },
    organization_prompt_summary: "Northbeam playbook: permission-based opener, at least three open discovery questions, pitch tied to the named pain, acknowledge-probe-respond on objections, and a specific next step.",
    organization_feedback: overall >= 75 ? "Follows the Northbeam playbook closely." : overall >= 60 ? `Mostly on playbook; ${worst.label.toLowerCase()} falls short of the standard.` : `Off playbook in several places, especially ${worst.label.toLowerCase()}.`,
    master_prompt_id: "mp_sales_call_v5",
    master_prompt_version: "5.3.1",
    persona_snapshot: { name: prospect.name, title: prospect.title, company: prospect.company, buying_role: /VP|Director|Controller|Head|CFO|COO|CMO/.test(prospect.title) ? "decision_maker" : "influencer" },
    synthesis_snapshot: { strengths: ranked.slice(0, 2).map((f) => FACET_TEXT[f].label), focus_areas: ranked.slice(-2).map((f) => FACET_TEXT[f].label), talk_ratio_rep: talkRatio, questions_asked: questions },
  };
}
