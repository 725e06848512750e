// Builds a plausible sales conversation from the phrase banks, shaped by the
// rep's skills (openers, question quality, tailoring, objection handling,
// closing, filler words, interruptions), then times it word by word.
import type { Rng } from "./prng";
import type { Skills } from "./org";
import type { Pain, Product } from "./products";
import * as P from "./phrases";

export type Role = "rep" | "prospect";
export type Tag =
  | "intro" | "reply" | "rapport" | "q_open" | "q_closed" | "follow_up" | "answer" | "replay" | "context"
  | "pitch" | "proof" | "detail" | "objection" | "ack" | "probe" | "reframe" | "argue" | "check" | "reaction"
  | "cta" | "cta_reply" | "wrap" | "interject";

export interface Sentence { role: Role; text: string; tag: Tag; cut?: boolean }

export interface ConversationInput {
  rng: Rng;
  product: Product;
  rep: { first: string; last: string };
  prospect: { first: string; last: string; company: string; title: string };
  skills: Skills;
  kind: "cold_call" | "meeting";
  targetWords: number;
  /** hard ceiling when lengthening to reach the talk share; default 1.3 × target */
  maxWords?: number;
}

export type CtaOutcome = "accepted" | "follow_up" | "declined" | "none";

export interface ConversationFacts {
  pains: Pain[];
  objections: string[];
  objectionOutcome: "handled" | "partially_handled" | "not_handled" | "none";
  followupProbe: boolean;
  resolutionCheck: boolean;
  ctaAttempted: boolean;
  ctaType: "meeting" | "follow_up_call" | "send_info" | "none";
  specificTime: boolean;
  ctaOutcome: CtaOutcome;
  slot: string | null;
  permissionOpener: boolean;
  tailored: boolean;
  interruptions: number;
  competitor: string;
  tool: string;
}

export interface Conversation { sentences: Sentence[]; facts: ConversationFacts }

const level = (score: number): "strong" | "average" | "weak" => (score >= 72 ? "strong" : score >= 56 ? "average" : "weak");

export function buildConversation(input: ConversationInput): Conversation {
  const { rng, product, skills } = input;
  const competitor = rng.pick(product.competitors);
  const tool = rng.pick(product.techStack);
  const slot = rng.pick(P.SLOTS);
  const fill = (text: string, pain = ""): string =>
    text
      .replaceAll("{pfirst}", input.prospect.first).replaceAll("{rfirst}", input.rep.first).replaceAll("{rlast}", input.rep.last)
      .replaceAll("{product}", product.name).replaceAll("{company}", input.prospect.company).replaceAll("{competitor}", competitor)
      .replaceAll("{tool}", tool).replaceAll("{help}", product.help).replaceAll("{meeting}", product.meetingKind)
      .replaceAll("{slot}", slot).replaceAll("{pain}", pain);
  // Sections are kept apart so stretching the call later lands in the right place.
  const opening: Sentence[] = [];
  const discoveryPart: Sentence[] = [];
  const pitchPart: Sentence[] = [];
  const objectionPart: Sentence[] = [];
  const closing: Sentence[] = [];
  const say = (into: Sentence[], role: Role, tag: Tag, text: string) => into.push({ role, tag, text: fill(text) });

  // Opening: permission-based openers for strong intros, a feature dump for weak ones.
  const introLevel = level(skills.intro + rng.normal(0, 6));
  const meeting = input.kind === "meeting";
  say(opening, "rep", "intro", rng.pick(meeting ? P.MEETING_OPENERS[introLevel] : P.OPENERS[introLevel]));
  say(opening, "prospect", "reply", rng.pick(introLevel === "weak" ? P.OPENER_REPLIES.cold : meeting ? P.OPENER_REPLIES.meeting : P.OPENER_REPLIES.warm));
  if (introLevel !== "weak" && rng.chance(0.4)) {
    say(opening, "rep", "rapport", rng.pick(P.RAPPORT));
    say(opening, "prospect", "reply", rng.pick(P.RAPPORT_REPLIES));
  }

  // Discovery: question count and openness follow the discovery skill.
  const pains = rng.shuffle(product.pains);
  const discovery = skills.discovery + rng.normal(0, 7);
  const questionCount = Math.max(1, Math.round(1 + (discovery / 100) * 6 + rng.normal(0, 0.8)));
  const openRatio = Math.min(0.95, Math.max(0.1, discovery / 100 + rng.normal(0, 0.1)));
  const productQuestions = rng.shuffle(product.questions);
  const genericOpen = rng.shuffle(P.OPEN_QUESTIONS);
  const closed = rng.shuffle(P.CLOSED_QUESTIONS);
  const revealed: Pain[] = [];
  let interruptions = 0;
  let asked = 0;
  const usedSaid = new Set<string>();
  let contextPool = rng.shuffle(P.PROSPECT_CONTEXT);
  const nextContext = () => {
    if (contextPool.length === 0) contextPool = rng.shuffle(P.PROSPECT_CONTEXT);
    return fill(contextPool.pop() as string);
  };
  // Each pain statement is said once; after that the prospect adds context instead.
  const nextAnswer = (): { said: string; pain: Pain | null } => {
    for (let k = 0; k < pains.length; k++) {
      const pain = pains[(revealed.length + k) % pains.length];
      const fresh = pain.said.filter((text) => !usedSaid.has(text));
      if (fresh.length === 0) continue;
      const text = rng.pick(fresh);
      usedSaid.add(text);
      if (!revealed.includes(pain)) revealed.push(pain);
      return { said: fill(text), pain };
    }
    return { said: nextContext(), pain: null };
  };
  let closedAsked = 0;
  const ask = () => {
    const index = asked++;
    if (rng.chance(openRatio)) {
      const q = index < productQuestions.length && rng.chance(0.7) ? productQuestions[index] : genericOpen[index % genericOpen.length];
      say(discoveryPart, "rep", "q_open", q);
      const { said, pain } = nextAnswer();
      const words = said.split(" ");
      const interrupt = skills.tonality < 65 && words.length > 8 && rng.chance((70 - skills.tonality) / 60);
      if (interrupt) {
        const cutAt = rng.int(4, words.length - 3);
        discoveryPart.push({ role: "prospect", tag: "answer", text: words.slice(0, cutAt).join(" ").replace(/[,.]$/, "") + "—", cut: true });
        say(discoveryPart, "rep", "interject", `Right, and that's exactly what ${product.name} fixes.`);
        discoveryPart.push({ role: "prospect", tag: "answer", text: `Sorry, let me finish. ${said}` });
        interruptions++;
      } else {
        discoveryPart.push({ role: "prospect", tag: "answer", text: said });
      }
      // Good open questions get the prospect talking.
      if (rng.chance(Math.max(0, discovery - 35) / 70)) say(discoveryPart, "prospect", "context", nextContext());
      if (pain && discovery >= 60 && rng.chance(discovery / 140)) {
        say(discoveryPart, "rep", "replay", fill(rng.pick(P.REPLAYS), pain.replay));
        if (rng.chance(0.5)) {
          say(discoveryPart, "rep", "follow_up", rng.pick(P.FOLLOW_UPS));
          say(discoveryPart, "prospect", "answer", nextContext());
        }
      }
    } else {
      say(discoveryPart, "rep", "q_closed", closed[closedAsked++ % closed.length]);
      say(discoveryPart, "prospect", "answer", rng.pick(P.CLOSED_ANSWERS));
    }
  };
  for (let i = 0; i < questionCount; i++) ask();
  if (revealed.length === 0) revealed.push(pains[0]);

  // Pitch: tailored to what discovery found, or a generic feature list.
  const pitchLevel = level(skills.pitch + rng.normal(0, 6));
  const tailored = pitchLevel !== "weak" && discovery >= 55;
  const pitchLines = rng.shuffle(product.pitch);
  if (tailored) {
    say(pitchPart, "rep", "pitch", fill(rng.pick(P.TAILOR_LEADS), revealed[0].replay));
    say(pitchPart, "rep", "pitch", pitchLines[0]);
    if (pitchLevel === "strong") say(pitchPart, "rep", "proof", rng.pick(product.proof));
  } else {
    for (const line of rng.sample(P.WEAK_PITCH, pitchLevel === "weak" ? 3 : 2)) say(pitchPart, "rep", "pitch", line);
    if (rng.chance(0.5)) say(pitchPart, "rep", "proof", rng.pick(product.proof));
  }

  // Objections and how they are handled.
  const objectionKeys = rng.sample(Object.keys(P.OBJECTIONS), rng.chance(0.35) ? 2 : 1);
  const objectionSkill = skills.objection + rng.normal(0, 7);
  let followupProbe = false;
  let resolutionCheck = false;
  let softened = 0;
  const o = objectionPart;
  for (const key of objectionKeys) {
    const bank = P.OBJECTIONS[key];
    say(o, "prospect", "objection", rng.pick(bank.said));
    if (objectionSkill >= 70) {
      say(o, "rep", "ack", rng.pick(P.ACKS));
      say(o, "rep", "probe", rng.pick(bank.probe));
      followupProbe = true;
      say(o, "prospect", "answer", rng.pick(P.PROSPECT_CONTEXT));
      say(o, "rep", "reframe", rng.pick(bank.reframe));
      if (rng.chance(0.75)) { say(o, "rep", "check", rng.pick(P.RESOLUTION_CHECKS)); resolutionCheck = true; }
      say(o, "prospect", "reaction", rng.pick(P.OBJECTION_SOFTENED));
      softened++;
    } else if (objectionSkill >= 55) {
      say(o, "rep", "ack", rng.pick(P.ACKS));
      if (rng.chance(0.4)) { say(o, "rep", "probe", rng.pick(bank.probe)); followupProbe = true; say(o, "prospect", "answer", rng.pick(P.PROSPECT_CONTEXT)); }
      say(o, "rep", "reframe", rng.pick(bank.reframe));
      const ok = rng.chance(0.55);
      say(o, "prospect", "reaction", rng.pick(ok ? P.OBJECTION_SOFTENED : P.OBJECTION_HARDENED));
      if (ok) softened++;
    } else {
      say(o, "rep", "argue", rng.pick(bank.argue));
      say(o, "prospect", "reaction", rng.pick(P.OBJECTION_HARDENED));
    }
  }
  const objectionOutcome = softened === objectionKeys.length ? "handled" : softened > 0 ? "partially_handled" : "not_handled";

  // Close: a specific time for strong closers, vague or none for weak ones.
  const ctaLevel = level(skills.cta + rng.normal(0, 6));
  const ctaAttempted = ctaLevel !== "weak" || rng.chance(0.6);
  let ctaType: ConversationFacts["ctaType"] = "none";
  let ctaOutcome: CtaOutcome = "none";
  if (ctaAttempted) {
    say(closing, "rep", "cta", rng.pick(P.CTAS[ctaLevel]));
    ctaType = ctaLevel === "strong" ? "meeting" : ctaLevel === "average" ? "follow_up_call" : "send_info";
    const readiness = (skills.cta + skills.discovery + skills.objection) / 300 + (objectionOutcome === "handled" ? 0.15 : objectionOutcome === "not_handled" ? -0.2 : 0);
    const roll = rng.next();
    ctaOutcome = ctaLevel === "weak" ? (roll < 0.3 ? "follow_up" : "declined") : roll < readiness - 0.1 ? "accepted" : roll < readiness + 0.2 ? "follow_up" : "declined";
    say(closing, "prospect", "cta_reply", rng.pick(P.CTA_REPLIES[ctaOutcome]));
  }
  say(closing, "rep", "wrap", rng.pick(P.WRAPS.rep));
  say(closing, "prospect", "wrap", rng.pick(P.WRAPS.prospect));

  // Stretch to the target length, steering toward a talk share that follows
  // skill: strong discoverers let the prospect talk, weak ones monologue.
  const all = () => [...opening, ...discoveryPart, ...pitchPart, ...objectionPart, ...closing];
  const targetShare = 0.4 + ((100 - skills.discovery) / 100) * 0.4 + ((100 - skills.tonality) / 100) * 0.1;
  let detailPool = rng.shuffle([...P.REP_DETAIL, ...product.proof]);
  let detailsLeft = Math.round(2 + (100 - skills.discovery) / 6);
  let repWords = 0;
  let words = 0;
  for (const sentence of all()) {
    const n = sentence.text.split(" ").length;
    words += n;
    if (sentence.role === "rep") repWords += n;
  }
  // Past the target length only the prospect keeps talking, until the share is right.
  const maxWords = input.maxWords ?? Math.round(input.targetWords * 1.3);
  for (let guard = 0; guard < 500; guard++) {
    const share = repWords / words;
    if (words >= input.targetWords && (share <= targetShare + 0.03 || words >= maxWords)) break;
    const wantRep = share < targetShare && words < input.targetWords;
    let added: Sentence[];
    if (wantRep && detailsLeft > 0) {
      if (detailPool.length === 0) detailPool = rng.shuffle([...P.REP_DETAIL, ...product.proof]);
      const sentence: Sentence = { role: "rep", tag: "detail", text: fill(detailPool.pop() as string) };
      pitchPart.splice(rng.int(1, pitchPart.length), 0, sentence);
      detailsLeft--;
      added = [sentence];
    } else if (wantRep || rng.chance(0.3)) {
      const before = discoveryPart.length;
      ask();
      added = discoveryPart.slice(before);
    } else {
      const sentence: Sentence = { role: "prospect", tag: "context", text: nextContext() };
      const answers = discoveryPart.map((s, i) => (s.role === "prospect" && s.tag === "answer" && !s.cut ? i : -1)).filter((i) => i >= 0);
      if (answers.length) discoveryPart.splice(rng.pick(answers) + 1, 0, sentence);
      else discoveryPart.push(sentence);
      added = [sentence];
    }
    for (const sentence of added) {
      const n = sentence.text.split(" ").length;
      words += n;
      if (sentence.role === "rep") repWords += n;
    }
  }

  const sentences = all();
  addFillers(sentences, rng, skills.tonality);
  return {
    sentences,
    facts: {
      pains: revealed, objections: objectionKeys, objectionOutcome, followupProbe, resolutionCheck, ctaAttempted, ctaType,
      specificTime: ctaLevel === "strong" && ctaAttempted, ctaOutcome, slot: ctaLevel === "strong" ? slot : null,
      permissionOpener: introLevel === "strong", tailored, interruptions, competitor, tool,
    },
  };
}

function addFillers(sentences: Sentence[], rng: Rng, tonality: number) {
  const perSentence = Math.max(0.02, ((100 - tonality) / 100) * 0.7);
  for (const sentence of sentences) {
    if (sentence.role !== "rep" || sentence.tag === "interject" || sentence.tag === "intro" || !rng.chance(perSentence)) continue;
    const words = sentence.text.split(" ");
    if (rng.chance(0.5) || words.length < 6) {
      const first = /^(I|I'm|I'll|I'd|I've)$/.test(words[0]) || /^[A-Z][a-z]+[A-Z]|^[A-Z]{2}/.test(words[0]) ? words[0] : words[0][0].toLowerCase() + words[0].slice(1);
      sentence.text = `${rng.pick(P.FILLERS.lead)}, ${[first, ...words.slice(1)].join(" ")}`;
    } else {
      const at = rng.int(2, words.length - 3);
      if (/[,.?!]$/.test(words[at - 1])) continue;
      words.splice(at, 0, `${rng.pick(P.FILLERS.inner)},`);
      sentence.text = words.join(" ");
    }
  }
}

export const FILLER_WORDS = new Set(["um", "uh", "like", "basically"]);

export function countWords(sentences: Sentence[]): number {
  let n = 0;
  for (const s of sentences) n += s.text.split(" ").length;
  return n;
}

// ---------------------------------------------------------------- timing

export interface TimedWord { text: string; punct: string; start: number; end: number; role: Role; sentence: number }
export interface TimedSentence { role: Role; text: string; tag: Tag; start: number; end: number; first: number; last: number }
export interface TimedTurn { role: Role; text: string; start: number; end: number; first: number; last: number }
export interface TimedTranscript { words: TimedWord[]; sentences: TimedSentence[]; turns: TimedTurn[]; duration: number }

/** Splits "word," into ["word", ","]; keeps inner apostrophes and hyphens. */
export function splitToken(token: string): [string, string] {
  const match = /^(.*?)([.,?!;:—]*)$/.exec(token) as RegExpExecArray;
  return [match[1], match[2]];
}

/** Times every word at the speaker's rate, with pauses between sentences and turns. Seconds. */
export function timeConversation(sentences: Sentence[], rng: Rng, rates: { rep: number; prospect: number }, startAt = rng.float(0.4, 2.2)): TimedTranscript {
  const words: TimedWord[] = [];
  const timedSentences: TimedSentence[] = [];
  const turns: TimedTurn[] = [];
  let t = startAt;
  let previous: Sentence | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    if (previous) {
      if (previous.role !== sentence.role) t += previous.cut ? rng.float(0.02, 0.08) : rng.float(0.35, 1.1);
      else t += rng.float(0.2, 0.55);
    }
    const wpm = rates[sentence.role] * rng.float(0.94, 1.06);
    const first = words.length;
    const tokens = sentence.text.split(" ").filter(Boolean);
    const sentenceStart = t;
    for (const token of tokens) {
      const [text, punct] = splitToken(token);
      // Longer words take longer; scaled so the run averages the speaker's rate.
      const duration = (60 / wpm) * (0.45 + 0.095 * Math.min(text.length, 12)) * rng.float(0.9, 1.1);
      words.push({ text, punct, start: t, end: t + duration, role: sentence.role, sentence: si });
      t += duration + (punct && punct !== "'" ? rng.float(0.08, 0.2) : rng.float(0.02, 0.07));
    }
    const last = words.length - 1;
    const end = words[last].end;
    timedSentences.push({ role: sentence.role, text: sentence.text, tag: sentence.tag, start: sentenceStart, end, first, last });
    const turn = turns[turns.length - 1];
    if (turn && turn.role === sentence.role && previous?.role === sentence.role) {
      turn.text += ` ${sentence.text}`;
      turn.end = end;
      turn.last = last;
    } else {
      turns.push({ role: sentence.role, text: sentence.text, start: sentenceStart, end, first, last });
    }
    t = end;
    previous = sentence;
  }
  return { words, sentences: timedSentences, turns, duration: t + rng.float(0.8, 3) };
}

/** Words spoken per minute by a role over its own speaking time. */
export function wordsPerMinute(timed: TimedTranscript, role: Role): number {
  let words = 0;
  let seconds = 0;
  for (const turn of timed.turns) {
    if (turn.role !== role) continue;
    words += turn.last - turn.first + 1;
    seconds += turn.end - turn.start;
  }
  return seconds > 0 ? (words / seconds) * 60 : 0;
}

export function talkSeconds(timed: TimedTranscript, role: Role): number {
  return timed.turns.filter((t) => t.role === role).reduce((sum, t) => sum + (t.end - t.start), 0);
}

export function countFillers(timed: TimedTranscript, role: Role = "rep"): number {
  let n = 0;
  for (let i = 0; i < timed.words.length; i++) {
    const w = timed.words[i];
    if (w.role !== role) continue;
    const lower = w.text.toLowerCase();
    if (FILLER_WORDS.has(lower) && (lower !== "like" || w.punct === ",")) n++;
    else if (lower === "you" && timed.words[i + 1]?.text === "know" && timed.words[i + 1].punct === ",") n++;
  }
  return n;
}

export function countQuestions(sentences: { role: Role; text: string }[], role: Role = "rep"): number {
  return sentences.filter((s) => s.role === role && s.text.trimEnd().endsWith("?")).length;
}
