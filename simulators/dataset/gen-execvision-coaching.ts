// ExecVision's coaching streams over the generated calls: scorecards and
// scores, feedback, listens, shares, coaching plans with their meetings, KPIs.
import { FACET_TEXT } from "./coaching-text";
import type { GenContext, RepRuntime } from "./context";
import type { EvCallInfo } from "./gen-execvision";
import { EV_SKILLS, SKILL_FACET, TEAMS, skillsAt, type Facet } from "./org";
import { PRODUCTS } from "./products";
import { clamp, round, type Rng } from "./prng";
import { dateOnly, etWallClock, isoEt, isoMicros, isoSeconds, startOfUtcDay, workingHours } from "./time";
import type {
  EvFeedback, EvKpiDefinition, EvKpiObservation, EvListen, EvMeeting, EvMeetingQuestion, EvPlan, EvScheme, EvScoreRow,
  EvScorecardQuestion, EvShare, EvTopic,
} from "./types";

const DAY = 86_400_000;

export function generateTopics(): EvTopic[] {
  const competitors = PRODUCTS.flatMap((p) => p.competitors.map((c) => c.toLowerCase()));
  return [
    { id: 1, name: "Pricing", words: ["price", "pricing", "cost", "budget", "expensive", "discount"] },
    { id: 2, name: "Competitors", words: competitors },
    { id: 3, name: "Next steps", words: ["next step", "calendar", "invite", "follow up", "send that over"] },
    { id: 4, name: "Timing objections", words: ["bad timing", "no bandwidth", "call me back", "busiest quarter", "busy season"] },
    { id: 5, name: "Decision process", words: ["sign off", "signs off", "decide", "director", "board", "approve"] },
    { id: 6, name: "Integrations", words: ["integrate", "integrations", "works alongside", "syncs"] },
    { id: 7, name: "Manual work", words: ["by hand", "manual", "spreadsheet", "spreadsheets", "copy and paste"] },
    { id: 8, name: "Common objections", words: ["send me an email", "not interested", "already use", "send me some information"] },
  ];
}

export function generateScorecards(ctx: GenContext): EvScorecardQuestion[] {
  const rng = ctx.rng("execvision-scorecards");
  const discovery = rng.uuid();
  const standards = rng.uuid();
  const q = (scorecardId: string, scorecardName: string, scheme: EvScheme, text: string, skills: (string | null)[]): EvScorecardQuestion => ({
    scorecardId, scorecardScheme: scheme, scorecardName, questionId: rng.uuid(), questionText: text,
    skills: [skills[0] ?? null, skills[1] ?? null, skills[2] ?? null],
  });
  return [
    q(discovery, "Discovery Call Review", "OneToFive", "Did the rep open with a clear reason for the call and ask permission to continue?", ["Opening"]),
    q(discovery, "Discovery Call Review", "OneToFive", "Did the rep ask open questions that uncovered the prospect's main challenge?", ["Discovery", "Active Listening"]),
    q(discovery, "Discovery Call Review", "OneToFive", "Did the rep quantify the impact of the problem?", ["Discovery"]),
    q(discovery, "Discovery Call Review", "OneToFive", "Was the value proposition tied to what the prospect said?", ["Value Proposition", "Discovery"]),
    q(discovery, "Discovery Call Review", "OneToFive", "Did the rep let the prospect finish and keep a steady pace?", ["Delivery", "Active Listening"]),
    q(discovery, "Discovery Call Review", "OneToFive", "Did the rep explore objections before responding?", ["Objection Handling"]),
    q(discovery, "Discovery Call Review", "OneToFive", "Did the call end with a specific, agreed next step?", ["Closing"]),
    q(standards, "Cold Call Standards", "YesNo", "Permission-based opener used", ["Opening"]),
    q(standards, "Cold Call Standards", "YesNo", "At least three discovery questions asked", ["Discovery"]),
    q(standards, "Cold Call Standards", "YesNo", "Pitch referenced a pain the prospect named", ["Value Proposition"]),
    q(standards, "Cold Call Standards", "YesNo", "Objection acknowledged before responding", ["Objection Handling", "Active Listening"]),
    q(standards, "Cold Call Standards", "YesNo", "Specific meeting time offered", ["Closing"]),
  ];
}

/** answer/rawAnswer pairs for a 0..1 quality, exactly as the documented scheme table. */
export function schemeAnswer(scheme: EvScheme, quality: number): { answer: number; rawAnswer: number } {
  switch (scheme) {
    case "OneToFive": {
      const a = clamp(Math.round(quality * 5), 1, 5);
      return { answer: a, rawAnswer: a };
    }
    case "OneToThree": {
      const a = clamp(Math.round(quality * 3), 1, 3);
      return { answer: a, rawAnswer: [0, 1, 3, 5][a] };
    }
    case "OneTwo": {
      const a = clamp(Math.round(quality * 2), 1, 2);
      return { answer: a, rawAnswer: [0, 3, 5][a] };
    }
    case "YesNo":
    case "PassFail":
      return quality >= 0.6 ? { answer: 1, rawAnswer: 5 } : { answer: 0, rawAnswer: 0 };
  }
}

interface Reviewer { evUserId: string; email: string; team: string }

function reviewerFor(ctx: GenContext, rng: Rng, rep: RepRuntime): Reviewer {
  if (rng.chance(0.2)) return { evUserId: ctx.enablement.evUserId, email: ctx.enablement.email, team: TEAMS[0].name };
  const m = ctx.managers[rep.teamIndex];
  return { evUserId: m.evUserId, email: m.email, team: TEAMS[rep.teamIndex].name };
}

export function generateScores(ctx: GenContext, calls: EvCallInfo[], questions: EvScorecardQuestion[]): EvScoreRow[] {
  const rng = ctx.rng("execvision-scores");
  const complete = calls.filter((c) => c.timed);
  const byCard = new Map<string, EvScorecardQuestion[]>();
  for (const q of questions) byCard.set(q.scorecardId, [...(byCard.get(q.scorecardId) ?? []), q]);
  const cards = [...byCard.values()];
  const results: { rows: EvScoreRow[]; modified: string }[] = [];
  for (const info of rng.sample(complete, 40)) {
    const card = info.entry.call.direction === "OUTBOUND" && rng.chance(0.6) ? cards[1] : cards[0];
    const reviewer = reviewerFor(ctx, rng, info.rep);
    const scoreMs = Math.min(ctx.anchorMs - 120_000, workingHours(info.startMs + rng.int(2, 96) * 3_600_000, rng));
    const scoreTime = isoMicros(scoreMs, rng.int(0, 999_999));
    const resultId = rng.uuid();
    const rows = card.map((q): EvScoreRow => {
      const facet = SKILL_FACET[q.skills[0] as string];
      const quality = clamp(info.skills[facet] / 100 + rng.normal(0, 0.12), 0, 1);
      const { answer, rawAnswer } = schemeAnswer(q.scorecardScheme, quality);
      const low = rawAnswer <= 2;
      return {
        reviewer: reviewer.email, reviewerTeam: reviewer.team, caller: info.rep.email, callerTeam: TEAMS[info.rep.teamIndex].name,
        callId: info.entry.call.id, resultId, scoreTime, modified: scoreTime, scorecardId: q.scorecardId, scorecardName: q.scorecardName,
        questionId: q.questionId, question: q.questionText, skill1: q.skills[0], skill2: q.skills[1], skill3: q.skills[2],
        scheme: q.scorecardScheme, answer, rawAnswer,
        reason: low && rng.chance(0.6) ? FACET_TEXT[facet].recommendation.low : null,
        comment: rng.chance(0.12) ? (low ? FACET_TEXT[facet].negative : FACET_TEXT[facet].positive) : null,
      };
    });
    results.push({ rows, modified: scoreTime });
  }
  // Calibration sessions re-save several results at once: identical modified times.
  results.sort((a, b) => a.modified.localeCompare(b.modified));
  for (let k = 0; k < 3; k++) {
    const group = rng.sample(results.slice(0, results.length - 6), rng.int(3, 4));
    const latest = Math.max(...group.map((g) => Date.parse(g.modified)));
    const stamp = isoMicros(Math.min(ctx.anchorMs - 60_000, latest + rng.int(1, 5) * DAY), rng.int(0, 999_999));
    for (const g of group) { g.modified = stamp; for (const row of g.rows) row.modified = stamp; }
  }
  return results.flatMap((r) => r.rows);
}

const COMMENTS = [
  "<p>Great question here. <strong>Keep doing this</strong> on every call.</p>",
  "<p>Notice how the prospect opened up after this. More of this, please.</p>",
  "<p>This is where we lost them. Try acknowledging first, then ask <em>what's behind that?</em></p>",
  "<p>Good recovery. Next time offer <strong>two specific times</strong> instead of one.</p>",
  "<p>Too much pitch too early. Listen back to 30 seconds before this.</p>",
  "<p>Love the replay of their words here.</p>",
  "<p>Filler words pile up here. Pause instead.</p>",
  "<p>Use this clip in Friday's team meeting.</p>",
];

export function generateFeedback(ctx: GenContext, calls: EvCallInfo[]): EvFeedback[] {
  const rng = ctx.rng("execvision-feedback");
  const items: EvFeedback[] = [];
  const complete = calls.filter((c) => c.timed);
  while (items.length < 60) {
    const info = rng.pick(complete);
    const timed = info.timed!;
    const reviewer = reviewerFor(ctx, rng, info.rep);
    const sentence = rng.pick(timed.sentences.filter((s) => s.role === "rep"));
    const atMs = Math.min(ctx.anchorMs - 120_000, workingHours(info.startMs + rng.int(1, 120) * 3_600_000, rng));
    const at = isoMicros(atMs, rng.int(0, 999_999));
    const highlight = rng.chance(0.4);
    items.push({
      feedbackAt: at, modified: at, callId: info.entry.call.id, feedbackBy: highlight && rng.chance(0.3) ? info.rep.evUserId : reviewer.evUserId,
      isComment: !highlight, isHighlight: highlight,
      text: highlight ? sentence.text : rng.pick(COMMENTS),
      startTime: round(sentence.start, 3),
      endTime: highlight ? round(sentence.end, 3) : null,
    });
  }
  items.sort((a, b) => a.modified.localeCompare(b.modified));
  // Bulk edits (a reviewer reformatting their notes) share one modified time.
  for (let k = 0; k < 3; k++) {
    const group = rng.sample(items.slice(0, 50), rng.int(3, 5));
    const latest = Math.max(...group.map((g) => Date.parse(g.modified)));
    const stamp = isoMicros(Math.min(ctx.anchorMs - 60_000, latest + rng.int(1, 4) * DAY), rng.int(0, 999_999));
    for (const g of group) g.modified = stamp;
  }
  return items;
}

export function generateListens(ctx: GenContext, calls: EvCallInfo[]): EvListen[] {
  const rng = ctx.rng("execvision-listens");
  const out: EvListen[] = [];
  for (const info of calls.filter((c) => c.timed)) {
    const listeners = [ctx.managers[info.rep.teamIndex].evUserId, info.rep.evUserId, ctx.enablement.evUserId, ...ctx.reps.filter((r) => r.teamIndex === info.rep.teamIndex).map((r) => r.evUserId)];
    for (let n = rng.int(0, 3); n > 0; n--) {
      const atMs = workingHours(info.startMs + rng.int(1, 240) * 3_600_000, rng);
      if (atMs >= ctx.anchorMs) continue;
      const listened = round(Math.min(info.entry.call.duration, rng.float(15, info.entry.call.duration)), 1);
      out.push({
        date: dateOnly(atMs), modified: isoMicros(atMs + listened * 1000, rng.int(0, 999_999)), callId: info.entry.call.id,
        listener: rng.pick(listeners), caller: info.rep.evUserId, timeListened: listened,
      });
    }
  }
  return out.sort((a, b) => a.modified.localeCompare(b.modified));
}

export function generateShares(ctx: GenContext, calls: EvCallInfo[]): EvShare[] {
  const rng = ctx.rng("execvision-shares");
  const out: EvShare[] = [];
  for (const info of rng.sample(calls.filter((c) => c.timed), 30)) {
    const sharedMs = Math.min(ctx.anchorMs - 60_000, workingHours(info.startMs + rng.int(1, 72) * 3_600_000, rng));
    const external = rng.chance(0.3);
    const teammates = ctx.reps.filter((r) => r.teamIndex === info.rep.teamIndex && r !== info.rep).map((r) => r.evUserId);
    out.push({
      sharedAt: isoSeconds(sharedMs),
      callId: info.entry.call.id,
      sharedBy: rng.chance(0.6) ? ctx.managers[info.rep.teamIndex].evUserId : info.rep.evUserId,
      recipientUserIds: external ? [] : rng.sample(teammates, rng.int(1, 3)),
      recipientEmails: external ? [`${rng.pick(["cfo", "ops", "it", "finance"])}@${String(info.entry.call.metadata.company).toLowerCase().replace(/[^a-z]+/g, "")}.example`] : [],
    });
  }
  return out.sort((a, b) => a.sharedAt.localeCompare(b.sharedAt));
}

const REVIEW_QUESTIONS = ["What will you do differently on your next call?", "Did the rep apply last meeting's focus skill?", "Overall progress on this plan"];
const MEETING_COMMENTS = [
  "Good progress. Keep practicing the drill from last week.",
  "We listened to two calls together; clear improvement on the focus skill.",
  "Still rushing this part of the call. Same drill again this week.",
  null,
];

export function generatePlans(ctx: GenContext, calls: EvCallInfo[]): { plans: EvPlan[]; meetings: EvMeeting[] } {
  const rng = ctx.rng("execvision-plans");
  const plans: EvPlan[] = [];
  const meetings: EvMeeting[] = [];
  let planId = 3781;
  let meetingId = 9250;
  for (const rep of ctx.reps.filter((r) => r.def.plan)) {
    const def = rep.def.plan!;
    const coach = ctx.managers[rep.teamIndex];
    const startMs = etWallClock(startOfUtcDay(ctx.anchorMs - def.startDaysBeforeAnchor * DAY), 10, rng.int(0, 59)) + rng.int(0, 59_999);
    const endMs = def.closedAfterDays === null ? ctx.anchorMs : startMs + def.closedAfterDays * DAY;
    const weeks = Math.max(1, Math.floor((endMs - startMs) / (7 * DAY)));
    const planned = def.closedAfterDays === null ? rng.int(10, 14) : weeks;
    const skills = def.skills.map((name) => EV_SKILLS.find((k) => k.skillName === name)!);
    const target = clamp(Math.round(weeks * rng.float(0.55, 0.85)), 3, 6);
    const slots = rng.sample([...Array(weeks).keys()], target).sort((a, b) => a - b);
    const repCalls = calls.filter((c) => c.rep === rep && c.timed);
    let lastModified = startMs;
    planId += rng.int(1, 9);
    for (const week of slots) {
      const scheduled = etWallClock(startOfUtcDay(startMs + (week * 7 + rng.int(1, 4)) * DAY), rng.pick([9, 11, 14, 15]), rng.pick([0, 30]));
      const begin = scheduled + rng.int(-3, 6) * 60_000 + rng.int(0, 59_999);
      const finish = begin + rng.int(20, 45) * 60_000 + rng.int(0, 59_999);
      if (finish >= ctx.anchorMs) continue;
      const level = skillsAt(rep.def, begin, ctx.anchorMs);
      const scores: Record<string, number> = {};
      for (const k of skills) scores[k.skillName] = clamp(Math.round(level[k.facet as Facet] + rng.normal(0, 3)), 5, 100);
      const reviewed = rng.sample(repCalls.filter((c) => c.startMs < begin), rng.int(1, 2));
      const scoreOf = (facet: Facet) => clamp(Math.round((level[facet] / 100) * 5 + rng.normal(0, 0.4)), 1, 5);
      const questions: EvMeetingQuestion[] = [
        { question: REVIEW_QUESTIONS[0], possibleScore: null, actualScore: null, reviewWeight: 0 },
        { question: REVIEW_QUESTIONS[1], possibleScore: 5, actualScore: scoreOf(skills[0].facet), reviewWeight: 34 },
      ];
      meetings.push({
        meetingId: (meetingId += rng.int(1, 12)),
        planId,
        dateTime: isoEt(scheduled),
        coachId: coach.evUserId,
        recipientId: rep.evUserId,
        startTime: isoEt(begin, rng.int(0, 999_999)),
        endTime: isoEt(finish, rng.int(0, 999_999)),
        scores,
        callReviews: reviewed.map((c) => ({
          callId: c.entry.call.id,
          questions: skills.map((k) => ({ question: `Did the rep show strong ${k.skillName.toLowerCase()} on this call?`, possibleScore: 5, actualScore: scoreOf(k.facet), reviewWeight: null })),
        })),
        questions,
        comments: rng.pick(MEETING_COMMENTS),
        modified: isoEt(finish + rng.int(5, 120) * 1000, rng.int(0, 999_999)),
      });
      lastModified = Math.max(lastModified, finish + 121_000);
    }
    const planMeetings = meetings.filter((m) => m.planId === planId);
    const month = (ms: number) => new Date(ms).toLocaleString("en-US", { month: "short", year: "numeric", timeZone: "America/New_York" });
    plans.push({
      planId,
      name: `${def.skills.join(", ")}, ${month(startMs)}-${month(startMs + planned * 7 * DAY)}`,
      objective: `${rep.name} should improve skills: ${def.skills.join(", ")}`,
      startDate: isoEt(startMs, rng.int(0, 999_999)),
      coachId: coach.evUserId,
      recipientId: rep.evUserId,
      plannedMeetings: planned,
      completedMeetings: planMeetings.length,
      estimatedMissedMeetings: Math.max(0, weeks - planMeetings.length),
      skill: skills.map((k) => ({ skillId: k.skillId, skillName: k.skillName })),
      modified: isoEt(Math.min(ctx.anchorMs - 1000, lastModified), rng.int(0, 999_999)),
    });
  }
  return { plans, meetings };
}

export function generateKpis(ctx: GenContext): { definitions: EvKpiDefinition[]; observations: EvKpiObservation[] } {
  const rng = ctx.rng("execvision-kpis");
  const definitions: EvKpiDefinition[] = [
    { kpiId: 1, description: "Discovery questions per call", frequency: "WEEKLY", target: 8.5 },
    { kpiId: 2, description: "Rep talk ratio (%)", frequency: "WEEKLY", target: 45 },
    { kpiId: 3, description: "Meetings booked", frequency: "WEEKLY", target: 4 },
  ];
  const observations: EvKpiObservation[] = [];
  // Mondays 10:00 New York, for the 13 weeks before the anchor.
  const firstMonday = startOfUtcDay(ctx.anchorMs) - ((new Date(ctx.anchorMs).getUTCDay() + 6) % 7) * DAY;
  for (let week = 13; week >= 1; week--) {
    const day = firstMonday - week * 7 * DAY;
    for (const rep of ctx.reps) {
      const at = etWallClock(day, 10, 0) + rep.index * 60_000;
      const s = skillsAt(rep.def, at, ctx.anchorMs);
      const values = [
        round(2 + (s.discovery / 100) * 9 + rng.normal(0, 0.8), 2),
        round(70 - (s.discovery + s.tonality) / 200 * 35 + rng.normal(0, 3), 2),
        Math.max(0, Math.round((s.cta + s.objection) / 200 * 6 + rng.normal(0, 1))),
      ];
      values.forEach((value, k) => {
        observations.push({
          observedAt: isoSeconds(at), observerId: ctx.managers[rep.teamIndex].evUserId, observedId: rep.evUserId,
          kpiId: k + 1, value, modified: isoSeconds(at + rng.int(0, 3) * 3_600_000),
        });
      });
    }
  }
  return { definitions, observations };
}
