import { describe, expect, it } from "vitest";
import { callCondition, conditionLabel, explainAbsence, mayHaveSpeech, provides, talkStatsAbsence } from "./capabilities";
import { VENDORS } from "./vendors";

const done = { status: null, durationSec: 300 };

describe("what each source provides", () => {
  it("follows the vendors' documentation", () => {
    const table = Object.fromEntries(VENDORS.map((v) => [v, (["transcript", "skillScores", "talkStats", "recording"] as const).filter((p) => provides(v, p))]));
    expect(table).toEqual({
      salesfinity: ["skillScores", "talkStats", "recording"],
      execvision: ["transcript", "skillScores", "talkStats"],
      analyses: ["transcript", "skillScores", "talkStats", "recording"],
      "voice-agent": ["transcript", "talkStats", "recording"],
      revont: ["transcript", "talkStats"],
    });
  });

  it("says a source never provides a part, and promises nothing", () => {
    expect(explainAbsence({ vendor: "salesfinity", ...done }, "transcript")).toEqual({ text: expect.stringMatching(/^Salesfinity does not provide transcripts/), pending: false });
    expect(explainAbsence({ vendor: "revont", ...done }, "skillScores")).toEqual({ text: expect.stringMatching(/^Revont does not provide skill scores/), pending: false });
    expect(explainAbsence({ vendor: "voice-agent", status: "completed", durationSec: 72 }, "skillScores")).toEqual({ text: "The voice agent does not provide skill scores.", pending: false });
    // Even for a call that failed: the source is the first reason.
    expect(explainAbsence({ vendor: "voice-agent", status: "failed", durationSec: 0 }, "skillScores").text).toBe("The voice agent does not provide skill scores.");
  });
});

describe("why a call lacks what its source provides", () => {
  it("a voice-agent call that failed, went unanswered or found the line busy has nothing to transcribe", () => {
    expect(explainAbsence({ vendor: "voice-agent", status: "failed", durationSec: 0 }, "transcript")).toEqual({ text: "This call failed after 0 seconds: there is nothing to transcribe.", pending: false });
    expect(explainAbsence({ vendor: "voice-agent", status: "no-answer", durationSec: 0 }, "transcript").text).toBe("Nobody answered this call: there is nothing to transcribe.");
    expect(explainAbsence({ vendor: "voice-agent", status: "no_answer", durationSec: null }, "talkStats").text).toBe("Nobody answered this call: no one spoke.");
    expect(explainAbsence({ vendor: "voice-agent", status: "busy", durationSec: 0 }, "transcript").text).toBe("The line was busy: there is nothing to transcribe.");
    expect(explainAbsence({ vendor: "voice-agent", status: "failed", durationSec: null }, "transcript").text).toBe("This call failed to connect: there is nothing to transcribe.");
    expect(explainAbsence({ vendor: "voice-agent", status: "failed", durationSec: 1 }, "transcript").text).toBe("The voice agent sent no transcript for this call.");
  });

  it("any call of 0 seconds has no speech", () => {
    expect(explainAbsence({ vendor: "revont", status: null, durationSec: 0 }, "transcript")).toEqual({ text: "This call lasted 0 seconds: there is nothing to transcribe.", pending: false });
  });

  it("a call ExecVision rejected could not be processed; one on its way is still processing", () => {
    expect(callCondition({ vendor: "execvision", status: "CONVERTER_REJECTED", durationSec: 263 })).toEqual({ kind: "unprocessable" });
    expect(explainAbsence({ vendor: "execvision", status: "CONVERTER_REJECTED", durationSec: 263 }, "transcript")).toEqual({ text: "ExecVision could not process this call, so it has no transcript.", pending: false });
    expect(explainAbsence({ vendor: "execvision", status: "TRANSCRIBING", durationSec: 263 }, "transcript")).toEqual({ text: "ExecVision is still processing this call.", pending: true });
    expect(callCondition({ vendor: "execvision", status: "COMPLETE", durationSec: 263 })).toEqual({ kind: "done" });
    expect(callCondition({ vendor: "execvision", status: "ARCHIVED", durationSec: 263 })).toEqual({ kind: "done" });
  });

  it("an ExecVision call nobody has scored yet will get scores; a finished one of another source will not", () => {
    expect(explainAbsence({ vendor: "execvision", status: "COMPLETE", durationSec: 263 }, "skillScores").pending).toBe(true);
    expect(explainAbsence({ vendor: "analyses", status: "completed", durationSec: 263 }, "skillScores")).toEqual({ text: "The call analysis service sent no skill scores for this call.", pending: false });
  });

  it("a live voice-agent call will still have its transcript", () => {
    expect(explainAbsence({ vendor: "voice-agent", status: "in-progress", durationSec: null }, "transcript")).toEqual({ text: "This call is still going on.", pending: true });
    expect(explainAbsence({ vendor: "voice-agent", status: "in_progress", durationSec: null }, "transcript").pending).toBe(true);
  });

  it("talk figures are never shown for a call in which nobody spoke or that was rejected", () => {
    expect(mayHaveSpeech({ vendor: "execvision", status: "CONVERTER_REJECTED", durationSec: 263 })).toBe(false);
    expect(mayHaveSpeech({ vendor: "voice-agent", status: "failed", durationSec: 0 })).toBe(false);
    expect(mayHaveSpeech({ vendor: "salesfinity", status: null, durationSec: 199 })).toBe(true);
  });

  it("a rejected call's talk ratio of 0 is not shown as 'Rep 0% / Others 100%', but explained", () => {
    const talk = { talkRatio: 0, questionsAsked: null, fillerWords: null, wordsPerMinute: null, interruptions: null, longestMonologueSec: null };
    expect(talkStatsAbsence({ vendor: "execvision", status: "CONVERTER_REJECTED", durationSec: 263, talk })).toBe("ExecVision could not process this call, so it has no talk stats.");
    expect(talkStatsAbsence({ vendor: "execvision", status: "COMPLETE", durationSec: 263, talk: { ...talk, talkRatio: 0.52 } })).toBeNull();
    expect(talkStatsAbsence({ vendor: "voice-agent", status: "failed", durationSec: 0, talk: { ...talk, talkRatio: null } })).toBe("This call failed after 0 seconds: no one spoke.");
    expect(talkStatsAbsence({ vendor: "revont", status: null, durationSec: 120, talk: { ...talk, talkRatio: null } })).toBe("Talk stats are worked out from the transcript, and Revont sent none for this call.");
  });

  it("labels a call its source has not finished with or could not process", () => {
    expect(conditionLabel({ vendor: "execvision", status: "CONVERTER_REJECTED", durationSec: 263 })).toBe("Could not be processed");
    expect(conditionLabel({ vendor: "execvision", status: "TRANSCRIBING", durationSec: 263 })).toBe("Still processing");
    expect(conditionLabel({ vendor: "voice-agent", status: "ringing", durationSec: null })).toBe("In progress");
    expect(conditionLabel({ vendor: "execvision", status: "COMPLETE", durationSec: 263 })).toBeNull();
  });
});
