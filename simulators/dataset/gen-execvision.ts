// ExecVision org and calls: word-level transcripts, stats, CRM matches,
// summaries, and the internal modified times that drive keyset paging.
import { buildConversation, timeConversation, type Conversation, type TimedTranscript } from "./conversation";
import { assignReps, callSkills, randomProspect, type GenContext, type RepRuntime } from "./context";
import { emptyStats, evStats, evWords } from "./ev-format";
import { TEAMS, type Skills } from "./org";
import type { Rng } from "./prng";
import { businessTimes, isoMicros, isoMs, isoSeconds } from "./time";
import type { EvCall, EvCallEntry, EvDeletedCall, EvDepartment, EvDirection, EvSpeaker, EvTeam, EvUser } from "./types";

export interface EvCallInfo {
  entry: EvCallEntry;
  rep: RepRuntime;
  startMs: number;
  skills: Skills;
  timed: TimedTranscript | null;
  conversation: Conversation;
}

export function generateEvOrg(ctx: GenContext): { departments: EvDepartment[]; teams: EvTeam[]; users: EvUser[] } {
  const rng = ctx.rng("execvision-org");
  const departments = Object.entries(ctx.departmentIds).map(([name, id]) => ({ id, name }));
  const teams = TEAMS.map((team, i) => ({ id: ctx.teamIds[i], name: team.name, managerId: ctx.managers[i].evUserId, departmentId: ctx.departmentIds[team.department] }));
  const user = (p: { evUserId: string; email: string; first: string; last: string }, teamIndex: number, systemIds: string[]): EvUser => ({
    userId: p.evUserId, email: p.email, firstName: p.first, lastName: p.last,
    teamId: ctx.teamIds[teamIndex], departmentId: ctx.departmentIds[TEAMS[teamIndex].department], systemIds,
  });
  const users: EvUser[] = [
    ...ctx.managers.map((m) => user(m, m.teamIndex, [rng.sfdcId("005")])),
    ...ctx.reps.map((r) => user(r, r.teamIndex, [rng.sfdcId("005"), ...(r.sfUserId ? [r.sfUserId] : []), `${r.first}.${r.last}`.toLowerCase()])),
    user(ctx.enablement, 0, [rng.sfdcId("005")]),
  ];
  return { departments, teams, users };
}

const STAGES = ["Prospecting", "Discovery", "Evaluation", "Proposal", "Negotiation"];

export function generateEvCalls(ctx: GenContext, count = 110, deletedCount = 5): { calls: EvCallInfo[]; deleted: EvDeletedCall[] } {
  const rng = ctx.rng("execvision-calls");
  const total = count + deletedCount;
  const times = businessTimes(rng, total, ctx.anchorMs, 90);
  const assigned = assignReps(rng, ctx.reps, total);
  const rejected = new Set(rng.sample([...Array(total).keys()], 4));
  const infos = times.map((startMs, i) => generateCall(ctx, rng.fork(`call-${i}`), assigned[i], startMs, rejected.has(i)));

  // CRM syncs touch several calls at once: they share one modified timestamp.
  for (let k = 0; k < 5; k++) {
    const syncMs = ctx.anchorMs - rng.int(2, 80) * 86_400_000 + rng.int(0, 86_399) * 1000;
    const older = infos.filter((c) => Date.parse(c.entry.modified) < syncMs);
    const stamp = isoMicros(syncMs, rng.int(0, 999_999));
    for (const info of rng.sample(older, rng.int(4, 7))) {
      info.entry.modified = stamp;
      info.entry.call.metadata.opportunity_stage = rng.pick(STAGES);
    }
  }
  // A few single later edits (metadata corrected by hand).
  for (const info of rng.sample(infos, 8)) {
    const editMs = Math.min(ctx.anchorMs - 60_000, Date.parse(info.entry.modified) + rng.int(1, 20) * 86_400_000);
    if (editMs <= Date.parse(info.entry.modified)) continue;
    info.entry.modified = isoMicros(editMs, rng.int(0, 999_999));
    info.entry.call.metadata.opportunity_price_point = Math.round(Number(info.entry.call.metadata.opportunity_price_point) * 1.1);
  }

  const deletedIndexes = new Set(rng.sample(infos.filter((c) => c.entry.call.state === "COMPLETE").map((_, i) => i), deletedCount));
  const deleted: EvDeletedCall[] = [];
  const calls: EvCallInfo[] = [];
  infos.forEach((info, i) => {
    if (!deletedIndexes.has(i)) return calls.push(info);
    const deletedMs = Math.min(ctx.anchorMs - 60_000, info.startMs + rng.int(1, 15) * 86_400_000);
    deleted.push({ id: info.entry.call.id, deletedAt: isoMicros(deletedMs, rng.int(0, 999_999)), callerId: info.rep.evUserId, callTime: isoMs(info.startMs) });
  });
  deleted.sort((a, b) => a.deletedAt.localeCompare(b.deletedAt));
  return { calls, deleted };
}

function generateCall(ctx: GenContext, rng: Rng, rep: RepRuntime, startMs: number, rejected: boolean): EvCallInfo {
  const roll = rng.next();
  const direction: EvDirection = roll < 0.68 ? "OUTBOUND" : roll < 0.82 ? "INBOUND" : "SCREENSHARE";
  const prospect = randomProspect(rng, rep.product);
  const skills = callSkills(rng, rep, startMs, ctx.anchorMs);
  const targetWords = direction === "SCREENSHARE" ? rng.int(620, 860) : rng.int(240, 620);
  const conversation = buildConversation({
    rng, product: rep.product, rep, prospect, skills, kind: direction === "OUTBOUND" ? "cold_call" : "meeting", targetWords, maxWords: 880,
  });
  const timed = timeConversation(conversation.sentences, rng, { rep: rep.def.wpm, prospect: rng.int(140, 165) });
  const repVoice = rng.chance(0.5) ? 0 : 1;
  const duration = Math.round(timed.duration);
  const id = rng.uuid();
  const words = rejected ? null : evWords(timed, repVoice);
  const company = prospect.company;
  const price = rng.int(8, 120) * 1000;
  const stage = rng.pick(STAGES);
  const f = conversation.facts;
  const matched = rng.chance(0.85);
  const speakers: EvSpeaker[] = [
    { email: rep.email, firstName: rep.first, lastName: rep.last, speakerNumber: repVoice, speakerType: "INTERNAL" },
    matched
      ? { email: prospect.email, firstName: prospect.first, lastName: prospect.last, speakerNumber: 1 - repVoice, speakerType: "EXTERNAL" }
      : { email: null, firstName: null, lastName: null, speakerNumber: 1 - repVoice, speakerType: "UNKNOWN" },
  ].sort((a, b) => a.speakerNumber - b.speakerNumber) as EvSpeaker[];
  const call: EvCall = {
    id,
    callerEmail: rep.email,
    callerId: rep.evUserId,
    callTime: isoSeconds(startMs),
    duration,
    direction,
    state: rejected ? "CONVERTER_REJECTED" : "COMPLETE",
    transcript: words,
    crmMatches: matched
      ? [{
          crmName: "Salesforce",
          activityCrmId: rng.sfdcId("00T"),
          account: { crmId: rng.sfdcId("001"), name: company },
          contacts: [{ crmId: rng.sfdcId("003"), name: prospect.name }],
          engagement: rng.chance(0.5) ? { crmId: rng.sfdcId("006"), name: `${company} - ${rep.product.name} New Business` } : null,
        }]
      : [],
    stats: words ? evStats(words, repVoice, duration) : emptyStats(),
    originalPath: direction === "SCREENSHARE" ? `zoom/${rep.first.toLowerCase()}-${rng.digits(9)}.mp4` : `dialer/recordings/${rng.digits(10)}.wav`,
    callSummary: rejected ? null : summarize(conversation, timed, rep, prospect.first, company),
    metadata: {
      id,
      company,
      opportunity_price_point: price,
      opportunity_stage: stage,
      uploader: String(rng.int(100, 160)),
      deleted: false,
      product: rep.product.name,
      lead_source: rng.pick(["Outbound", "Inbound", "Event", "Referral", "Partner"]),
      contact_title: prospect.title,
      ...(f.competitor && f.objections.includes("competitor") ? { competitor: f.competitor } : {}),
    },
  };
  const processedMs = startMs + duration * 1000 + rng.int(120, 1500) * 1000;
  const entry: EvCallEntry = {
    modified: isoMicros(Math.min(processedMs, ctx.anchorMs - 1000), rng.int(0, 999_999)),
    call,
    speakers,
    templates: {
      callCard: `<div class="call-card"><h3>${escapeHtml(company)}</h3><p>${escapeHtml(prospect.name)}, ${escapeHtml(prospect.title)}</p><p>Opportunity: $${price.toLocaleString("en-US")} &middot; Stage: ${stage}</p></div>`,
      crmSummary: `${rep.name} &rarr; ${escapeHtml(prospect.name)} (${escapeHtml(company)}) &middot; ${direction.toLowerCase()} &middot; ${Math.max(1, Math.round(duration / 60))} min`,
    },
  };
  return { entry, rep, startMs, skills, timed: rejected ? null : timed, conversation };
}

function summarize(conversation: Conversation, timed: TimedTranscript, rep: RepRuntime, prospectFirst: string, company: string) {
  const f = conversation.facts;
  const pairs: { question: string; answer: string }[] = [];
  const sentences = timed.sentences;
  for (let i = 0; i < sentences.length - 1 && pairs.length < 3; i++) {
    const s = sentences[i];
    if (s.tag !== "q_open" || sentences[i + 1].role !== "prospect") continue;
    pairs.push({ question: `Q: ${stripFillers(s.text)}`, answer: `A: ${prospectFirst} said: ${sentences[i + 1].text.replace(/^Sorry, let me finish\. /, "")}` });
  }
  const next: string[] = [];
  if (f.ctaOutcome === "accepted") next.push(`${rep.first} will send a calendar invite for ${f.slot ?? "the agreed time"}.`, `${prospectFirst} will bring the relevant stakeholders to the next meeting.`);
  else if (f.ctaOutcome === "follow_up") next.push(`${rep.first} will email ${prospectFirst} a summary and proposed times.`, `${prospectFirst} will check availability with the team.`);
  else next.push(`${rep.first} will send information by email.`, `${rep.first} will follow up next week.`);
  const pains = f.pains.map((p) => p.replay).slice(0, 2).join(", and ");
  const summary =
    `${rep.name} from ${rep.product.name} spoke with ${prospectFirst} at ${company}. ` +
    `${prospectFirst} described how ${pains || "their current process works"}. ` +
    `${rep.first} ${f.tailored ? "connected the product to those problems" : "walked through the product's features"}, and ${prospectFirst} raised ${f.objections.map((o) => o.replace("_", " ")).join(" and ")} concerns` +
    `${f.objectionOutcome === "handled" ? ", which were addressed" : f.objectionOutcome === "not_handled" ? " that remained open" : ", partly addressed"}. ` +
    (f.ctaOutcome === "accepted" ? `They agreed to meet again ${f.slot ? `on ${f.slot}` : "soon"}.` : f.ctaOutcome === "follow_up" ? "The prospect asked for details by email before committing to a next meeting." : "No next meeting was agreed.");
  return { nextSteps: next, questionsAndAnswers: pairs, summary };
}

export function stripFillers(text: string): string {
  const out = text.replace(/^(Um|Uh|So|Basically|You know), /, "").replace(/ (um|uh|like|you know),/g, "");
  return out[0].toUpperCase() + out.slice(1);
}

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
