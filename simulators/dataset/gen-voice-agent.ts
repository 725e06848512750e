// Voice-agent calls: two AI agents, Ava qualifying inbound Brightdesk leads and
// Leo confirming or moving Stackwell demos. Two of the calls are the scripted
// recordings; the rest are generated from short scripts.
import { timeConversation, type Sentence } from "./conversation";
import { randomProspect, type GenContext } from "./context";
import { PRODUCT_BY_KEY, type Product } from "./products";
import { round, type Rng } from "./prng";
import { businessTimes, isoSeconds } from "./time";
import type { VoiceAgentCall, VoiceAgentEntry, VoiceAgentInfo, VoiceAgentSegment } from "./types";

const BRIGHTDESK: Product = {
  ...PRODUCT_BY_KEY.pipeloop, key: "brightdesk", name: "Brightdesk", companyWords: ["Pet Supply", "Outdoor Co", "Home Goods", "Coffee Roasters", "Bike Shop"],
  buyerTitles: ["Customer Support Manager", "Head of Customer Experience", "Operations Director", "Founder"],
};

interface Script { sentences: Sentence[]; summary: string; sentiment: string; campaign: string; booked: boolean; direction: "inbound" | "outbound" }

export function generateVoiceAgent(ctx: GenContext, total = 40): { agents: VoiceAgentInfo[]; calls: VoiceAgentEntry[] } {
  const rng = ctx.rng("voice-agent");
  const agents: VoiceAgentInfo[] = [
    { id: rng.uuid(), name: "Ava", purpose: "Brightdesk inbound lead qualification" },
    { id: rng.uuid(), name: "Leo", purpose: "Stackwell demo scheduling" },
  ];
  const numbers = { Ava: "+18005550142", Leo: "+18005550199" };
  const entries: VoiceAgentEntry[] = [];
  const recordings = ctx.manifest.filter((m) => m.kind === "voice-agent");
  const times = businessTimes(rng, total, ctx.anchorMs, 90, 8, 19);
  const unanswered = new Set(rng.sample([...Array(total).keys()].filter((i) => i % 2 === 1), 3));
  times.forEach((startMs, i) => {
    const callRng = rng.fork(`call-${i}`);
    const recording = i >= total - recordings.length ? recordings[i - (total - recordings.length)] : null;
    const agent = recording ? (recording.rep.name.startsWith("Leo") ? agents[1] : agents[0]) : agents[i % 2];
    const own = numbers[agent.name as "Ava" | "Leo"];
    const customerId = `cust_${callRng.int(1000, 9999)}`;
    if (recording) {
      const segments: VoiceAgentSegment[] = recording.segments.map((s) => ({
        speaker: s.speaker === "rep" ? "agent" : "caller", text: s.text, start_time: round(s.startMs / 1000, 2), end_time: round(s.endMs / 1000, 2),
      }));
      const isAva = agent === agents[0];
      const call = buildCall(callRng, agent.id, "inbound", `+1${callRng.pick(["503", "206", "415", "617"])}555${callRng.digits(4)}`, own, startMs, recording.durationMs / 1000, segments, {
        summary: isAva
          ? `Inbound qualification call. ${recording.prospect.name} (${recording.prospect.title}, ${recording.prospect.company}) needs a shared support queue; booked a call with an account executive.`
          : `Demo reschedule call. ${recording.prospect.name} (${recording.prospect.company}) moved the Stackwell demo and asked to focus on approvals across offices.`,
        sentiment: "positive",
        metadata: { customer_id: customerId, campaign: isAva ? "inbound_qualification" : "demo_reschedule", company: recording.prospect.company, contact_name: recording.prospect.name, booked_meeting: true },
      });
      entries.push({ call, recordingFile: recording.file });
      return;
    }
    const product = agent === agents[0] ? BRIGHTDESK : PRODUCT_BY_KEY.stackwell;
    const prospect = randomProspect(callRng, product);
    if (unanswered.has(i)) {
      const status = entries.filter((e) => e.call.status !== "completed").length === 2 ? "failed" : "no-answer";
      const call = buildCall(callRng, agent.id, "outbound", own, prospect.phone, startMs, 0, [], {
        summary: status === "failed" ? "Call failed to connect." : "No answer. Voicemail not left.", sentiment: "neutral",
        metadata: { customer_id: customerId, campaign: "demo_confirmation", company: prospect.company, contact_name: prospect.name, booked_meeting: false },
      });
      call.status = status;
      entries.push({ call, recordingFile: null });
      return;
    }
    const script = agent === agents[0] ? avaScript(callRng, prospect) : leoScript(callRng, prospect);
    const timed = timeConversation(script.sentences, callRng, { rep: 162, prospect: callRng.int(140, 160) }, callRng.float(0.3, 0.9));
    const segments: VoiceAgentSegment[] = timed.turns.map((t) => ({ speaker: t.role === "rep" ? "agent" : "caller", text: t.text, start_time: round(t.start, 2), end_time: round(t.end, 2) }));
    const [from, to] = script.direction === "inbound" ? [prospect.phone, own] : [own, prospect.phone];
    const call = buildCall(callRng, agent.id, script.direction, from, to, startMs, timed.duration, segments, {
      summary: script.summary, sentiment: script.sentiment,
      metadata: { customer_id: customerId, campaign: script.campaign, company: prospect.company, contact_name: prospect.name, booked_meeting: script.booked },
    });
    entries.push({ call, recordingFile: null });
  });
  return { agents, calls: entries.sort((a, b) => a.call.created_at.localeCompare(b.call.created_at)) };
}

function buildCall(
  rng: Rng, agentId: string, direction: "inbound" | "outbound", from: string, to: string, startMs: number, durationSec: number, segments: VoiceAgentSegment[],
  extra: { summary: string; sentiment: string; metadata: Record<string, unknown> },
): VoiceAgentCall {
  const duration = Math.round(durationSec);
  const createdMs = startMs - rng.int(2, 20) * 1000;
  return {
    id: rng.uuid(),
    agent_id: agentId,
    from_number: from,
    to_number: to,
    direction,
    status: "completed",
    duration,
    recording_url: null,
    transcript: segments.map((s) => `${s.speaker === "agent" ? "Agent" : "Caller"}: ${s.text}`).join("\n\n"),
    transcript_segments: segments,
    sentiment: extra.sentiment,
    call_summary: extra.summary,
    metadata: extra.metadata,
    started_at: isoSeconds(startMs),
    ended_at: isoSeconds(startMs + duration * 1000),
    created_at: isoSeconds(createdMs),
  };
}

const say = (role: "rep" | "prospect", text: string): Sentence => ({ role, text, tag: role === "rep" ? "detail" : "answer" });

function avaScript(rng: Rng, p: { first: string; last: string; company: string; title: string }): Script {
  const agents = rng.int(3, 25);
  const tool = rng.pick(["a shared email inbox", "a spreadsheet and a shared inbox", "an old help desk we outgrew"]);
  const ae = rng.pick(["Jenna", "Marco", "Priscilla"]);
  const slots = rng.sample(["Tuesday at eleven", "Wednesday at two", "Thursday at one", "Friday at ten"], 2);
  const qualified = rng.chance(0.75);
  const s: Sentence[] = [
    say("rep", "Thanks for calling Brightdesk. I'm Ava, an AI assistant for the sales team. Who am I speaking with?"),
    say("prospect", `Hi, this is ${p.first} ${p.last} from ${p.company}. ${rng.pick(["I filled out the form on your website.", "A colleague recommended you.", "I saw your webinar last week."])}`),
    say("rep", `Thanks, ${p.first}. What made you reach out to us now?`),
    say("prospect", rng.pick([
      `Our support inbox is out of control. Customers wait ${rng.int(2, 4)} days for an answer.`,
      "We keep losing track of customer emails, and two people sometimes answer the same one.",
      "We're growing fast and our current setup can't keep up.",
    ])),
    say("rep", "That's a long wait. How many people are on your support team today, and what tool do you use?"),
    say("prospect", `${agents} agents, and we use ${tool}.`),
    say("rep", "Understood. Brightdesk turns that into a shared queue and suggests answers for common questions. Are you the person who would decide on a new tool?"),
    say("prospect", rng.pick(["I'd recommend it, but our operations director signs off.", "Yes, it's my decision.", "I decide together with our founder."])),
  ];
  if (qualified) {
    s.push(
      say("rep", `Good to know. I can book you a thirty minute call with ${ae}, one of our account executives. ${ae} has ${slots[0]} or ${slots[1]}. Which works better?`),
      say("prospect", `${slots[1]}, please.`),
      say("rep", `Done. I've booked ${slots[1]} with ${ae} and sent an invite to your email. Is there anything else I can help with?`),
      say("prospect", "No, that's all. Thanks."),
    );
  } else {
    s.push(
      say("rep", "Is there a date you're hoping to have something in place by?"),
      say("prospect", "Honestly, we're just researching for now. Can you send me some information?"),
      say("rep", "Of course. I'll email you an overview and pricing, and you can book a call from that email whenever you're ready."),
      say("prospect", "Great, thank you."),
    );
  }
  return {
    sentences: s, direction: "inbound", campaign: "inbound_qualification", booked: qualified, sentiment: qualified ? "positive" : "neutral",
    summary: qualified
      ? `Inbound qualification call. ${p.first} ${p.last} from ${p.company} (${agents} support agents, ${tool}) booked a call with ${ae} for ${slots[1]}.`
      : `Inbound call from ${p.first} ${p.last} at ${p.company}; early research, sent overview and pricing by email.`,
  };
}

function leoScript(rng: Rng, p: { first: string; last: string; company: string }): Script {
  const when = rng.pick(["tomorrow at ten", "tomorrow at two", "Thursday at eleven", "Friday at one thirty"]);
  const outcome = rng.pick(["confirm", "confirm", "reschedule", "cancel"] as const);
  const s: Sentence[] = [
    say("rep", `Hi, this is Leo, an AI assistant calling from Stackwell. Am I speaking with ${p.first}?`),
    say("prospect", "Yes, speaking."),
    say("rep", `I'm calling to confirm your Stackwell demo ${when} with Carlos Mendes. Will that still work?`),
  ];
  let summary: string;
  let sentiment = "positive";
  if (outcome === "confirm") {
    const focus = rng.pick(["approvals across our offices", "how reordering works", "reporting by location"]);
    s.push(
      say("prospect", "Yes, that still works."),
      say("rep", "Great. Is there anything you'd like Carlos to focus on?"),
      say("prospect", `Yes, ${focus}.`),
      say("rep", "Noted. You'll get a reminder an hour before. Have a good day."),
      say("prospect", "Thanks, bye."),
    );
    summary = `Demo confirmation call. ${p.first} ${p.last} (${p.company}) confirmed the demo ${when} and asked to focus on ${focus}.`;
  } else if (outcome === "reschedule") {
    const slot = rng.pick(["Monday at eleven", "Wednesday at three", "next Tuesday at ten"]);
    s.push(
      say("prospect", "Actually, I need to move it. Something came up."),
      say("rep", `No problem. Carlos has ${slot} or Thursday at two thirty. Do either of those work?`),
      say("prospect", `${slot} is better.`),
      say("rep", `Great. I've moved the demo to ${slot} with the same attendees. You'll get an updated invite in a few minutes.`),
      say("prospect", "Thank you."),
    );
    summary = `Demo reschedule call. ${p.first} ${p.last} (${p.company}) moved the demo from ${when} to ${slot}.`;
  } else {
    sentiment = "negative";
    s.push(
      say("prospect", "We've decided to hold off for now, so please cancel it."),
      say("rep", "Understood, I've cancelled the demo. Would you like us to check back in next quarter?"),
      say("prospect", "Sure, that's fine."),
      say("rep", "Thanks for letting us know. Have a good day."),
    );
    summary = `Demo confirmation call. ${p.first} ${p.last} (${p.company}) cancelled the demo; follow up next quarter.`;
  }
  return { sentences: s, direction: "outbound", campaign: outcome === "reschedule" ? "demo_reschedule" : "demo_confirmation", booked: outcome !== "cancel", sentiment, summary };
}
