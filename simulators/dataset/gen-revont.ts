// Revont calls: meetings with a coaching score and an outcome, transcripts in ms.
import { buildConversation, timeConversation } from "./conversation";
import { assignReps, callSkills, randomProspect, type GenContext } from "./context";
import { meanSkill } from "./org";
import { clamp } from "./prng";
import { businessTimes, isoSeconds } from "./time";
import type { RevontCall, RevontOutcome } from "./types";

export function generateRevont(ctx: GenContext, count = 80): RevontCall[] {
  const rng = ctx.rng("revont");
  const reps = ctx.reps.filter((r) => r.revontRepId);
  const times = businessTimes(rng, count, ctx.anchorMs, 90);
  const assigned = assignReps(rng, reps, count);
  // A few calls start in the same second (parallel dialer lines): ties order by id.
  for (let k = 0; k < 3; k++) {
    const i = rng.int(1, count - 3);
    times[i + 1] = times[i];
    if (k === 0) times[i + 2] = times[i];
  }
  const calls = times.map((startMs, i): RevontCall => {
    const rep = assigned[i];
    const callRng = rng.fork(`call-${i}`);
    const prospect = randomProspect(callRng, rep.product);
    const skills = callSkills(callRng, rep, startMs, ctx.anchorMs);
    const conversation = buildConversation({ rng: callRng, product: rep.product, rep, prospect, skills, kind: "meeting", targetWords: callRng.int(300, 760) });
    const timed = timeConversation(conversation.sentences, callRng, { rep: rep.def.wpm, prospect: callRng.int(140, 165) });
    const f = conversation.facts;
    let outcome: RevontOutcome =
      f.ctaOutcome === "accepted" ? (callRng.chance(0.55) ? "won" : "follow_up") : f.ctaOutcome === "follow_up" ? "follow_up" : f.ctaOutcome === "declined" ? "lost" : "no_outcome";
    if (callRng.chance(0.08)) outcome = "no_outcome";
    return {
      id: `call_${callRng.ulid(startMs, 10)}`,
      created_at: isoSeconds(startMs),
      duration_seconds: Math.round(timed.duration),
      rep_id: rep.revontRepId as string,
      prospect_email: prospect.email,
      coaching_score: clamp(Math.round(meanSkill(skills) + callRng.normal(0, 4)), 0, 100),
      outcome,
      transcript: timed.turns.map((t) => ({ speaker: t.role, start_ms: Math.round(t.start * 1000), end_ms: Math.round(t.end * 1000), text: t.text })),
    };
  });
  return calls.sort((a, b) => (a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)));
}
