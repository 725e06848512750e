// What each source can tell about a call, and why a call lacks what its page
// would show: the source never provides it, the call never connected, the
// source could not process it, or it is still on its way. The empty states
// say which, and promise that something will appear only when it will.
import { LIVE_VOICE_STATUSES } from "@/lib/vendors/voice-agent/statuses";
import type { Vendor } from "./vendors";

export type CallPart = "transcript" | "skillScores" | "talkStats" | "recording";

/** Each source as the subject of a sentence. */
export const SOURCE_NAMES: Record<Vendor, string> = {
  salesfinity: "Salesfinity",
  execvision: "ExecVision",
  analyses: "The call analysis service",
  "voice-agent": "The voice agent",
  revont: "Revont",
};

/**
 * What each source's API does not provide, from its documentation, and why;
 * every part not listed here, it provides. Talk stats Coachboard works out
 * from the transcript where a source reports none (the voice agent, Revont).
 */
export const NOT_PROVIDED: Record<Vendor, Partial<Record<CallPart, string>>> = {
  salesfinity: { transcript: "Salesfinity does not provide transcripts: its API sends a call's scores and coaching, not its words." },
  execvision: { recording: "ExecVision does not provide recordings: its API names the recording file but does not serve it." },
  analyses: {},
  "voice-agent": { skillScores: "The voice agent does not provide skill scores." },
  revont: {
    skillScores: "Revont does not provide skill scores: it sends one overall coaching score per call.",
    recording: "Revont does not provide recordings.",
  },
};

/** Sources that report no talk stats: Coachboard works them out from the transcript. */
const TALK_FROM_TRANSCRIPT: readonly Vendor[] = ["voice-agent", "revont"];

export function provides(vendor: Vendor, part: CallPart): boolean {
  return NOT_PROVIDED[vendor][part] === undefined;
}

/** What a call's condition is read from. */
export interface CallFacts {
  vendor: Vendor;
  status: string | null;
  durationSec: number | null;
}

/** Where a call stands, as far as what it can carry goes. */
export type CallCondition =
  | { kind: "done" }
  /** Still going on (a voice-agent call ringing or in progress). */
  | { kind: "live" }
  /** The source is still working on it. */
  | { kind: "processing" }
  /** The source could not process it (ExecVision rejected the recording). */
  | { kind: "unprocessable" }
  /** Nobody spoke: the call never connected or lasted 0 seconds; `reason` says which. */
  | { kind: "no-speech"; reason: string };

const seconds = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "second" : "seconds"}`;

function noSpeech(status: string, durationSec: number | null): string | null {
  const connected = durationSec !== null && durationSec > 0;
  if (status === "no-answer") return "Nobody answered this call";
  if (status === "busy") return "The line was busy";
  if ((status === "canceled" || status === "cancelled") && !connected) return "This call was cancelled before it connected";
  if (status === "failed" && !connected) return durationSec === null ? "This call failed to connect" : `This call failed after ${seconds(durationSec)}`;
  return null;
}

export function callCondition({ vendor, status, durationSec }: CallFacts): CallCondition {
  const state = status?.trim().toLowerCase().replace(/_/g, "-") ?? "";
  if (vendor === "voice-agent") {
    if (LIVE_VOICE_STATUSES.includes(state) || LIVE_VOICE_STATUSES.includes(state.replace(/-/g, "_"))) return { kind: "live" };
    const reason = noSpeech(state, durationSec);
    if (reason) return { kind: "no-speech", reason };
  }
  if (vendor === "execvision" && state && state !== "complete" && state !== "archived") {
    // The doc lists COMPLETE and CONVERTER_REJECTED "..."; the other states are steps of its pipeline.
    return /reject|fail|error|invalid|unsupported/.test(state) ? { kind: "unprocessable" } : { kind: "processing" };
  }
  if (vendor === "analyses") {
    if (state === "failed" || state === "cancelled") return { kind: "unprocessable" };
    if (state === "queued" || state === "processing") return { kind: "processing" };
  }
  if (durationSec === 0) return { kind: "no-speech", reason: "This call lasted 0 seconds" };
  return { kind: "done" };
}

/** A short label for a call its source has not finished with, or could not process; null otherwise. */
export function conditionLabel(call: CallFacts): string | null {
  switch (callCondition(call).kind) {
    case "live":
      return "In progress";
    case "processing":
      return "Still processing";
    case "unprocessable":
      return "Could not be processed";
    default:
      return null;
  }
}

/** Why a call has nothing of a part, in words; `pending` when it will still come. */
export interface Absence {
  text: string;
  pending: boolean;
}

const NOUN: Record<CallPart, string> = { transcript: "transcript", skillScores: "skill scores", talkStats: "talk stats", recording: "recording" };
const NOTHING: Record<CallPart, string> = {
  transcript: "there is nothing to transcribe",
  skillScores: "there is nothing to score",
  talkStats: "no one spoke",
  recording: "there is nothing to play",
};

/** Why the call has no transcript, skill scores, talk stats or recording. */
export function explainAbsence(call: CallFacts, part: CallPart): Absence {
  const never = NOT_PROVIDED[call.vendor][part];
  if (never) return { text: never, pending: false };
  const source = SOURCE_NAMES[call.vendor];
  const condition = callCondition(call);
  switch (condition.kind) {
    case "no-speech":
      return { text: `${condition.reason}: ${NOTHING[part]}.`, pending: false };
    case "unprocessable":
      return { text: `${source} could not process this call, so it has no ${NOUN[part]}.`, pending: false };
    case "processing":
      return { text: `${source} is still processing this call.`, pending: true };
    case "live":
      return { text: "This call is still going on.", pending: true };
    case "done":
      if (part === "skillScores" && call.vendor === "execvision") {
        return { text: "No one has scored this call on an ExecVision scorecard yet. Scores appear here once someone does.", pending: true };
      }
      if (part === "talkStats" && TALK_FROM_TRANSCRIPT.includes(call.vendor)) {
        return { text: `Talk stats are worked out from the transcript, and ${SOURCE_NAMES[call.vendor].replace(/^The /, "the ")} sent none for this call.`, pending: false };
      }
      return { text: `${source} sent no ${NOUN[part]} for this call.`, pending: false };
  }
}

/** Whether talk figures can be shown at all: never for a call in which nobody spoke or that could not be processed. */
export function mayHaveSpeech(call: CallFacts): boolean {
  const kind = callCondition(call).kind;
  return kind !== "no-speech" && kind !== "unprocessable";
}

/**
 * Why a call's talk stats are not shown, or null to show them: none for a
 * call in which nobody spoke or that its source could not process, whatever
 * figures it carries (ExecVision sends a talk ratio of 0 for a rejected call).
 */
export function talkStatsAbsence(call: CallFacts & { talk: Record<string, number | null> }): string | null {
  const figures = Object.values(call.talk).some((value) => value !== null);
  return mayHaveSpeech(call) && figures ? null : explainAbsence(call, "talkStats").text;
}
