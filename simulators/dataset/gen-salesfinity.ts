// Salesfinity scored calls: short dialer calls scored on six weighted facets.
import { buildConversation, countFillers, talkSeconds, timeConversation, wordsPerMinute, type Conversation, type Tag, type TimedTranscript } from "./conversation";
import { FACET_TEXT, band } from "./coaching-text";
import { assignReps, callSkills, randomProspect, type GenContext } from "./context";
import type { Facet, Skills } from "./org";
import { clamp, round, type Rng } from "./prng";
import { businessTimes, isoMs } from "./time";
import type { SfEvidence, SfFacetBase, SfScoredCall } from "./types";

const FACET_KEYS: Record<Facet, keyof SfScoredCall["insight"]["facets"]> = {
  intro: "intro", discovery: "discovery", pitch: "pitch", tonality: "tonality", objection: "objection_handling", cta: "cta",
};
const WEIGHTS: Record<Facet, number> = { intro: 10, discovery: 25, pitch: 20, tonality: 15, objection: 15, cta: 15 };
const EVIDENCE_TAGS: Record<Facet, Tag[]> = {
  intro: ["intro"],
  discovery: ["q_open", "q_closed", "follow_up", "replay"],
  pitch: ["pitch", "proof"],
  tonality: ["detail", "pitch", "interject"],
  objection: ["probe", "reframe", "argue", "check"],
  cta: ["cta"],
};

export function generateSalesfinity(ctx: GenContext, count = 110): SfScoredCall[] {
  const rng = ctx.rng("salesfinity");
  const reps = ctx.reps.filter((r) => r.sfUserId);
  const times = businessTimes(rng, count, ctx.anchorMs, 90);
  const assigned = assignReps(rng, reps, count);
  return times.map((startMs, i) => {
    const rep = assigned[i];
    const callRng = rng.fork(`call-${i}`);
    const prospect = randomProspect(callRng, rep.product);
    const skills = callSkills(callRng, rep, startMs, ctx.anchorMs);
    const conversation = buildConversation({
      rng: callRng, product: rep.product, rep, prospect, skills, kind: "cold_call", targetWords: callRng.int(170, 480),
    });
    const timed = timeConversation(conversation.sentences, callRng, { rep: rep.def.wpm, prospect: callRng.int(140, 165) });
    const duration = Math.round(timed.duration);
    const createdMs = Math.min(ctx.anchorMs - 60_000, startMs + duration * 1000 + callRng.int(40, 300) * 1000);
    const rescored = callRng.chance(0.15);
    const updatedMs = rescored ? Math.min(ctx.anchorMs - 30_000, createdMs + callRng.int(1, 72) * 3_600_000) : createdMs;
    const insight = buildInsight(callRng, conversation, timed, skills, rep.product.functionName, rep.product.valueProps, prospect.title);
    const record: SfScoredCall = {
      _id: callRng.objectId(createdMs),
      insight,
      type: "call",
      call_log: {
        _id: callRng.objectId(startMs),
        contact: { first_name: prospect.first, last_name: prospect.last, company: prospect.company, title: prospect.title, phone: prospect.phone },
        recording_url: "",
        duration,
      },
      user: { _id: rep.sfUserId as string, email: rep.email, first_name: rep.first, last_name: rep.last },
      createdAt: isoMs(createdMs),
      updatedAt: isoMs(updatedMs),
    };
    return record;
  });
}

/** Facet scores whose weight_pct-weighted mean is exactly an integer. */
export function weightedScores(raw: Record<Facet, number>): { scores: Record<Facet, number>; total: number } {
  const scores = { ...raw };
  const sum = (s: Record<Facet, number>) => (Object.keys(WEIGHTS) as Facet[]).reduce((acc, f) => acc + WEIGHTS[f] * s[f], 0);
  let best: Record<Facet, number> | null = null;
  let bestCost = Infinity;
  for (let a = -5; a <= 5; a++) {
    for (let b = -2; b <= 2; b++) {
      const candidate = { ...scores, intro: scores.intro + a, discovery: scores.discovery + b };
      if (candidate.intro < 0 || candidate.intro > 100 || candidate.discovery < 0 || candidate.discovery > 100) continue;
      if (sum(candidate) % 100 !== 0) continue;
      const cost = Math.abs(a) + 2 * Math.abs(b);
      if (cost < bestCost) { best = candidate; bestCost = cost; }
    }
  }
  if (!best) throw new Error("no integer weighting found");
  return { scores: best, total: sum(best) / 100 };
}

function evidence(rng: Rng, timed: TimedTranscript, facet: Facet): SfEvidence[] {
  let candidates = timed.sentences.filter((s) => s.role === "rep" && EVIDENCE_TAGS[facet].includes(s.tag));
  if (facet === "tonality") {
    const withFillers = timed.sentences.filter((s) => s.role === "rep" && /\b(um|uh|like|you know),/i.test(s.text));
    if (withFillers.length) candidates = withFillers;
  }
  if (candidates.length === 0) candidates = timed.sentences.filter((s) => s.role === "rep");
  return rng.sample(candidates, rng.int(1, 2))
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start_sec: round(s.start, 1), end_sec: round(s.end, 1), text: s.text }));
}

function buildInsight(rng: Rng, conversation: Conversation, timed: TimedTranscript, skills: Skills, fn: string, valueProps: string[], title: string): SfScoredCall["insight"] {
  const f = conversation.facts;
  const repSentences = timed.sentences.filter((s) => s.role === "rep");
  const discoveryQs = repSentences.filter((s) => s.tag === "q_open" || s.tag === "q_closed" || s.tag === "follow_up" || s.tag === "probe");
  const openQs = discoveryQs.filter((s) => s.tag !== "q_closed").length;
  const totalQuestions = repSentences.filter((s) => s.text.endsWith("?")).length;
  const openRatio = discoveryQs.length ? round(openQs / discoveryQs.length, 3) : 0;
  const repTalk = talkSeconds(timed, "rep");
  const talkRatio = round(repTalk / (repTalk + talkSeconds(timed, "prospect")), 2);
  const minutes = timed.duration / 60;
  const fillerDensity = round(countFillers(timed) / Math.max(0.5, repTalk / 60), 1);
  const wpm = Math.round(wordsPerMinute(timed, "rep"));
  const pitchSeconds = Math.round(timed.sentences.filter((s) => s.tag === "pitch" || s.tag === "proof" || s.tag === "detail").reduce((a, s) => a + s.end - s.start, 0));
  const raw: Record<Facet, number> = {
    intro: skills.intro + (f.permissionOpener ? 4 : -4),
    discovery: skills.discovery + (openRatio - 0.5) * 10,
    pitch: skills.pitch + (f.tailored ? 4 : -6),
    tonality: skills.tonality - Math.max(0, fillerDensity - 2) * 1.5 - f.interruptions * 4,
    objection: skills.objection + (f.objectionOutcome === "handled" ? 5 : f.objectionOutcome === "not_handled" ? -8 : 0),
    cta: skills.cta + (f.ctaOutcome === "accepted" ? 6 : f.ctaAttempted ? 0 : -15),
  };
  for (const facet of Object.keys(raw) as Facet[]) raw[facet] = clamp(Math.round(raw[facet] + rng.normal(0, 3)), 5, 98);
  const { scores, total } = weightedScores(raw);
  const thin = rng.chance(0.05) ? rng.pick(["pitch", "tonality"] as Facet[]) : null;
  const base = (facet: Facet): SfFacetBase => ({
    score: scores[facet],
    weight_pct: WEIGHTS[facet],
    explanation: thin === facet ? "Too little rep speech in this part of the call to score reliably" : rng.pick(FACET_TEXT[facet].explanation[band(scores[facet])]),
    insufficient_evidence: thin === facet,
    evidence: thin === facet ? [] : evidence(rng, timed, facet),
  });
  const rec = (facet: Facet) => FACET_TEXT[facet].recommendation[band(scores[facet])];
  const introSentence = timed.sentences[0];
  const ranked = (Object.keys(scores) as Facet[]).sort((a, b) => scores[b] - scores[a]);
  const weakest = ranked.slice(-2).reverse();
  const accepted = f.ctaOutcome === "accepted";
  const decisionMaker = /VP|Director|Controller|Owner|CMO|CISO|COO|Head|General Manager/.test(title);
  const seniority = /^VP|^CMO|^CISO|^COO/.test(title) ? "vp" : /Director|Head/.test(title) ? "director" : /Owner|General Manager/.test(title) ? "owner" : "manager";
  const fit = clamp(Math.round(55 + rng.normal(15, 12) + (decisionMaker ? 8 : 0)), 10, 99);
  return {
    total_score: total,
    lead: {
      function: fn,
      tech_stack_mentioned: rng.chance(0.7) ? [f.tool] : [],
      current_vendor: f.objections.includes("competitor") ? f.competitor : rng.pick(["None", "Spreadsheets", f.tool]),
      fit_score: fit,
      is_decision_maker: decisionMaker,
      is_correct_persona: fit >= 60,
      pain_point_resonated: f.tailored && f.pains.length > 0,
      is_qualified_meeting: accepted,
      is_likely_to_buy: accepted && total >= 75,
      prospect_lifecycle_stage: [accepted ? "solution_aware" : f.pains.length > 1 ? "problem_aware" : "unaware"],
    },
    messaging: {
      value_prop_resonated: f.tailored ? rng.sample(valueProps, rng.int(1, 2)) : [],
      objection_outcome: [f.objectionOutcome],
      emotional_triggers: f.pains.slice(0, 2).map((p) => `frustration_with_${p.topic}`),
      recommendation_to_nail_messaging: f.tailored ? "Lead with ROI data specific to their industry" : "Anchor the pitch on the pain the prospect named",
    },
    targeting_feedback: {
      persona_fit: fit >= 80 ? "excellent" : fit >= 65 ? "good" : fit >= 45 ? "fair" : "poor",
      industry_fit: rng.pick(["excellent", "good", "good", "fair"]),
      persona_seniority: seniority,
      title_relevance: decisionMaker ? "good" : "fair",
      data_quality_issue: rng.chance(0.06) ? [rng.pick(["wrong_phone_number", "outdated_title", "missing_company_size"])] : [],
      future_follow_up_needed: f.ctaOutcome !== "accepted",
      follow_up_reason: f.ctaOutcome === "accepted" ? [] : f.objections.includes("timing") ? ["timing"] : f.objections.includes("competitor") ? ["renewal"] : ["send_info"],
    },
    metadata: {
      duration_sec: Math.round(timed.duration),
      asr_confidence_avg: round(rng.float(0.86, 0.96), 2),
      audio_features_available: true,
      talk_listen_ratio_rep: talkRatio,
      total_questions: totalQuestions,
      open_question_ratio: openRatio,
      interruptions_by_rep: f.interruptions,
      core_pitch_duration_sec: pitchSeconds,
      estimated_wpm_rep: wpm,
      objections_detected: f.objections,
    },
    facets: {
      intro: {
        ...base("intro"),
        checks: {
          permission_opener_used: f.permissionOpener,
          opener_length_sec: Math.round(introSentence.end - introSentence.start),
          time_to_opener_sec: Math.max(1, Math.round(introSentence.start)),
          improvement_recommendation: rec("intro"),
        },
      },
      discovery: {
        ...base("discovery"),
        metrics: { total_questions: discoveryQs.length, open_question_ratio: openRatio, improvement_recommendation: rec("discovery"), topic_coverage: f.pains.map((p) => p.topic) },
      },
      pitch: {
        ...base("pitch"),
        metrics: { core_pitch_duration_sec: pitchSeconds, tailored_to_discovery: f.tailored, improvement_recommendation: rec("pitch"), outcome_keywords: f.tailored ? rng.sample(valueProps, 2) : [] },
      },
      tonality: {
        ...base("tonality"),
        metrics: { estimated_wpm: wpm, interruptions_by_rep: f.interruptions, filler_density_per_min: fillerDensity, improvement_recommendation: rec("tonality") },
      },
      objection_handling: {
        ...base("objection"),
        metrics: { objections_detected: f.objections, followup_probe_present: f.followupProbe, resolution_check_present: f.resolutionCheck, improvement_recommendation: rec("objection") },
      },
      cta: {
        ...base("cta"),
        metrics: {
          cta_attempted: f.ctaAttempted,
          cta_type: f.ctaType,
          specific_time_offered: f.specificTime,
          improvement_recommendation: rec("cta"),
          outcome: f.ctaOutcome === "none" ? "not_attempted" : f.ctaOutcome === "follow_up" ? "deferred" : f.ctaOutcome,
        },
      },
    },
    gaps: {
      skill: clamp(Math.round(100 - (scores[weakest[0]] + scores[weakest[1]]) / 2), 0, 100),
      playbook: clamp(Math.round((f.tailored ? 10 : 30) + (f.ctaAttempted ? 0 : 20) + rng.int(0, 10) + minutes), 0, 100),
      rationale: `${FACET_TEXT[weakest[0]].label} needs the most work: ${FACET_TEXT[weakest[0]].recommendation[band(scores[weakest[0]])].toLowerCase()}`,
    },
    coaching: {
      top_wins: ranked.slice(0, 2).map((k) => FACET_TEXT[k].win),
      top_opportunities: weakest.map((k) => FACET_TEXT[k].opportunity),
      suggested_drills: weakest.slice(0, scores[weakest[1]] < 70 ? 2 : 1).map((k) => ({ facet: FACET_KEYS[k], assignment: FACET_TEXT[k].drill })),
    },
  };
}
