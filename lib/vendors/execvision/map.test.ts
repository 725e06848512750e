// Each ExecVision record read under every reading of its open points: what
// identifies and orders it is checked, the rest tolerated, and a bad element
// of a list dropped (counted) without its record.
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import type { MapContext } from "@/lib/sync/types";
import * as map from "./map";
import * as s from "./schemas";

/** Validates and maps a record as the engine does; returns the mapped record and what was dropped. */
function read<R, T>(schema: ZodType<R>, mapper: (record: R, ctx: MapContext) => T, raw: unknown): { record: T; drops: string[] } {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`rejected: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const drops: string[] = [];
  const record = mapper(parsed.data, { now: new Date(), raw, drop: (what, why) => drops.push(`${what}: ${why}`) });
  return { record, drops };
}

const score = {
  reviewer: "tim.smith@example.com",
  reviewerTeam: "My Team",
  caller: "inttest4@bah.com",
  callerTeam: "trending_team_name",
  callId: "scorecard_mb1",
  resultId: "CR23",
  scoreTime: "2018-11-09T18:09:11.794403Z",
  modified: "2018-11-09T18:09:11.794403Z",
  scorecardId: "c_scorecard",
  scorecardName: "C",
  questionId: "Q1C",
  question: "Q1",
  skill1: "hunting",
  skill2: "trapping",
  skill3: "charring",
  scheme: "OneToThree",
  answer: 3.0,
  rawAnswer: 5,
  reason: null,
  comment: null,
};

describe("ExecVision scores", () => {
  it("reads every spelling of a yes/no or pass/fail answer as 0 or 1, with the documented percentage", () => {
    const cases: [Record<string, unknown>, number | null, number | null][] = [
      [{ scheme: "YesNo", answer: 1, rawAnswer: 5 }, 1, 100],
      [{ scheme: "YesNo", answer: 0, rawAnswer: 0 }, 0, 0],
      [{ scheme: "YesNo", answer: "yes", rawAnswer: 5 }, 1, 100],
      [{ scheme: "YesNo", answer: "no", rawAnswer: 0 }, 0, 0],
      [{ scheme: "PassFail", answer: "pass", rawAnswer: 5 }, 1, 100],
      [{ scheme: "PassFail", answer: "Fail", rawAnswer: null }, 0, 0],
      [{ scheme: "PassFail", answer: null, rawAnswer: 5 }, null, 100],
      [{ scheme: "YesNo", answer: null, rawAnswer: 0 }, null, 0],
      [{ scheme: "YesNo", rawAnswer: "5" }, null, 100],
      [{ scheme: "OneToThree", answer: 2, rawAnswer: 3 }, 2, 66],
      [{ scheme: "OneToFive", answer: "4", rawAnswer: null }, 4, 80],
      // A scheme the docs do not list: the answer is kept, with no percentage.
      [{ scheme: "OneToTen", answer: 7, rawAnswer: 7 }, 7, null],
    ];
    for (const [reading, answer, percent] of cases) {
      const raw: Record<string, unknown> = { ...score, ...reading, x_schema_rev: 3 };
      if (!("answer" in reading)) delete raw.answer;
      const { record, drops } = read(s.scoreSchema, map.mapScore, raw);
      expect([record.answer, record.percent], JSON.stringify(reading)).toEqual([answer, percent]);
      expect(record.scheme).toBe(reading.scheme);
      expect(record.raw).toEqual(raw);
      expect(drops).toEqual([]);
    }
  });

  it("names the question by questionId or questionID, and drops an answer it cannot read, keeping the row", () => {
    const { questionId: _id, ...rest } = score;
    expect(read(s.scoreSchema, map.mapScore, { ...rest, questionID: "Q2" }).record.questionExternalId).toBe("Q2");
    const { record, drops } = read(s.scoreSchema, map.mapScore, { ...score, answer: "maybe" });
    expect([record.answer, record.percent]).toEqual([null, 100]);
    expect(drops).toEqual(["answer: not a number, yes/no or pass/fail"]);
  });

  it("rejects a row without what identifies or dates it", () => {
    const { questionId: _id, ...noQuestion } = score;
    for (const raw of [noQuestion, { ...score, resultId: null }, { ...score, modified: "" }, { ...score, scoreTime: "yesterday" }, { ...score, scheme: null }]) {
      expect(s.scoreSchema.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
    }
  });

  it("reads a scorecard whose question ids are spelled either way, dropping a question without one", () => {
    const questions = [
      { scorecardId: "82d0", scorecardScheme: "OneToThree", scorecardName: "Accounting Profiling", questionId: " f310c6b0", questionText: "Total reps?" },
      { scorecardId: "82d0", scorecardScheme: "OneToThree", scorecardName: "Accounting Profiling", questionID: "a1", questionText: "Budget?", _links: { rev: 1 } },
      { scorecardId: "82d0", questionText: "No id" },
    ];
    const { record, drops } = read(s.scorecardRecordSchema, map.mapScorecard, { scorecardId: "82d0", questions });
    expect(record).toMatchObject({ externalId: "82d0", name: "Accounting Profiling", scheme: "OneToThree", raw: questions });
    expect(record.questions.map((q) => [q.externalId, q.text, q.raw])).toEqual([["f310c6b0", "Total reps?", questions[0]], ["a1", "Budget?", questions[1]]]);
    expect(drops).toEqual(["scorecard question: questionId: required"]);
  });
});

describe("ExecVision topics and topic matches", () => {
  it("reads topic words as an array or one comma-separated string, and ids as numbers or strings", () => {
    expect(read(s.topicSchema, map.mapTopic, { id: 1, name: "Common objections", words: ["please don't", "stop calling"] }).record).toMatchObject({ externalId: "1", words: ["please don't", "stop calling"] });
    expect(read(s.topicSchema, map.mapTopic, { id: "2", name: "Pricing", words: "price, pricing ,cost," }).record).toMatchObject({ externalId: "2", words: ["price", "pricing", "cost"] });
  });

  it("keeps every good match, with topic ids as strings and new speaker types as sent; drops the bad ones", () => {
    const match = { searchText: ["price"], matchingText: "price", matchStartTime: 1.5, matchStartIndex: 0, matchEndTime: 1.8, matchEndIndex: 0 };
    const raw = {
      callId: "c1",
      modified: "2026-05-01T10:00:00.123456Z",
      questionCounts: { internalSpeakerQuestionCount: 1, externalSpeakerQuestionCount: 0, unknownSpeakerQuestionCount: 0, tenantTag: "r1" },
      topicMatches: [
        { startTime: 1.5, endTime: 3, text: "price is fine.", speakerType: "BOT", topicsWithMatches: [{ topicId: 7, topicName: "Pricing", matches: [match, { ...match, matchStartIndex: -1 }] }] },
        { startTime: "x", endTime: 3, text: "broken block", speakerType: "INTERNAL", topicsWithMatches: [] },
        { startTime: 4, endTime: 5, text: "cost?", speakerType: "EXTERNAL", topicsWithMatches: [{ topicId: "8", topicName: "Cost", matches: [match] }, { topicName: "no id", matches: [match] }] },
      ],
    };
    const { record, drops } = read(s.callTopicsSchema, map.mapCallTopics, raw);
    expect(record.matches.map((m) => [m.topicExternalId, m.blockIndex, m.speakerType])).toEqual([["7", 0, "BOT"], ["8", 2, "EXTERNAL"]]);
    expect(record.raw).toEqual(raw);
    expect(record.questionCounts).toEqual(raw.questionCounts);
    expect(drops).toHaveLength(3);
    expect(drops.map((d) => d.split(":")[0]).sort()).toEqual(["topic", "topic match", "topic match block"]);
  });
});

describe("ExecVision listens, coaching and KPIs", () => {
  it("reads listens whose modified is an ISO timestamp, empty or absent", () => {
    const listen = { date: "1950-05-03", callId: "7f6c", listener: "83fe", caller: "83fe", timeListened: 10.0 };
    for (const [modified, read_] of [["2026-05-01T10:00:00Z", "2026-05-01T10:00:00Z"], ["", null], [undefined, null]] as const) {
      const raw = modified === undefined ? listen : { ...listen, modified };
      const parsed = s.listenSchema.parse(raw);
      expect(parsed.modified ?? null).toBe(read_);
      expect(read(s.listenSchema, map.mapListen, raw).record).toMatchObject({ externalId: "7f6c:83fe:1950-05-03", listenedOn: "1950-05-03", secondsListened: 10, raw });
    }
  });

  it("reads meeting and plan ids as numbers or strings; drops a bad question, review, skill score or plan skill", () => {
    const question = { question: "Does the rep pull it off?", possibleScore: 5, actualScore: 5, reviewWeight: 34 };
    const meeting = {
      meetingId: 9266,
      planId: 3913,
      dateTime: "2020-08-17T15:00:00-04:00",
      coachId: "51d9",
      recipientId: "460a",
      startTime: "2020-08-12T08:46:45.23184-04:00",
      endTime: "2020-08-12T08:46:52.408-04:00",
      scores: { Challenges: 20, Closing: "high" },
      callReviews: [{ callId: "8fa4", questions: [question, { possibleScore: 5 }] }, { questions: [] }],
      questions: [{ question: "This is a text question", possibleScore: null, actualScore: null, reviewWeight: 0 }, "?"],
      comments: null,
      modified: "2020-08-12T08:46:52.408-04:00",
    };
    for (const ids of [{}, { meetingId: "9266", planId: "3913" }]) {
      const { record, drops } = read(s.meetingSchema, map.mapMeeting, { ...meeting, ...ids });
      expect(record).toMatchObject({ externalId: "9266", planExternalId: "3913", skillScores: [{ skill: "Challenges", score: 20 }] });
      expect(record.callReviews).toEqual([{ callExternalId: "8fa4", questions: [question] }]);
      expect(record.questions).toHaveLength(1);
      expect(drops.map((d) => d.split(":")[0]).sort()).toEqual(["meeting call review", "meeting question", "meeting question", "meeting skill score"]);
    }
    const plan = { planId: "3789", name: "Lead In", coachId: "5322", plannedMeetings: 20, completedMeetings: 2, estimatedMissedMeetings: 1.5, skill: [{ skillId: 44, skillName: "Lead In" }, { skillId: 8750 }], modified: "2020-08-06T13:41:35.135707-04:00" };
    const { record, drops } = read(s.planSchema, map.mapPlan, plan);
    expect(record).toMatchObject({ externalId: "3789", plannedMeetings: 20, estimatedMissedMeetings: null, skills: [{ externalId: "44", name: "Lead In" }], raw: plan });
    expect(drops.map((d) => d.split(":")[0])).toEqual(["plan skill"]);
  });

  it("reads KPI observations with numeric strings, and rejects one without its value or times", () => {
    const kpi = { observedAt: "2021-06-25T10:32:00Z", observerId: 224, observedId: "224", kpiId: 3, value: "18.56", modified: "2021-06-25T10:32:00Z" };
    expect(read(s.kpiObservationSchema, map.mapKpiObservation, kpi).record).toMatchObject({ externalId: "3:224:224:2021-06-25T10:32:00Z", kpiExternalId: "3", value: 18.56 });
    for (const broken of [{ value: null }, { value: "n/a" }, { modified: "" }, { observedAt: null }]) expect(s.kpiObservationSchema.safeParse({ ...kpi, ...broken }).success).toBe(false);
  });
});

describe("ExecVision calls and speakers", () => {
  const call = {
    id: "a987",
    callerId: "f362",
    callerEmail: "rep@example.com",
    callTime: "2018-01-01T11:11:11Z",
    duration: 123,
    direction: "INBOUND",
    state: "COMPLETE",
    crmMatches: [{ crmName: "Salesforce", activityCrmId: "00T6", account: { crmId: "0017", name: "memoryBlue" }, contacts: [], engagement: null }],
    stats: { internalTalkTime: 418, externalTalkTime: 238, talkRatio: 0.637 },
    originalPath: "foo.txt",
    callSummary: { nextSteps: ["Debrief Tim.", 3], questionsAndAnswers: [{ question: "Q?", answer: "A." }, { question: "no answer" }], summary: "A call." },
    metadata: { deleted: false, uploader: "124", company: "Acme" },
  };

  it("keeps new enum values as sent and reads missing parts as missing", () => {
    const raw = { ...call, direction: "VIDEO", state: "ARCHIVED", callSummary: null, stats: null, crmMatches: null, lastModified: "2018-01-02T00:00:00.5Z" };
    const { record, drops } = read(s.callSchema, map.mapCall, raw);
    expect(record).toMatchObject({ direction: "video", status: "ARCHIVED", summary: null, nextSteps: null, talkStats: null, crmMatches: null, talkRatio: null, transcript: undefined, raw });
    expect(record.vendorUpdatedAt).toEqual(new Date("2018-01-02T00:00:00.5Z"));
    expect(drops).toEqual([]);
  });

  it("drops a summary's bad next step or question, and rejects a call without its time", () => {
    const { record, drops } = read(s.callSchema, map.mapCall, { ...call, modified: "not a time" });
    expect(record.nextSteps).toEqual(["Debrief Tim."]);
    expect(record.questionsAndAnswers).toEqual([{ question: "Q?", answer: "A." }]);
    expect(record.vendorUpdatedAt).toBeNull();
    expect(drops.map((d) => d.split(":")[0])).toEqual(["next step", "question and answer"]);
    for (const broken of [{ callTime: 12345 }, { callTime: "" }, { id: null }]) expect(s.callSchema.safeParse({ ...call, ...broken }).success).toBe(false);
  });

  it("reads a speaker type the docs do not list as a speaker of unknown role", () => {
    const transcript = {
      speakers: [
        { email: "rep@example.com", firstName: "Ann", lastName: "Lee", speakerNumber: 0, speakerType: "INTERNAL" },
        { email: null, firstName: null, lastName: null, speakerNumber: 1, speakerType: "BOT" },
        { email: null, speakerNumber: "two", speakerType: "EXTERNAL" },
      ],
      transcript: [{ startTime: 0, endTime: 1, speakerNumber: 0, text: "Hi." }],
    };
    const { record, drops } = read(s.callSpeakersSchema, map.mapSpeakers, { callId: "a987", transcript });
    expect(record.speakers).toEqual([
      { number: 0, role: "rep", label: "Ann Lee", email: "rep@example.com" },
      { number: 1, role: "unknown", label: "Speaker 2", email: null },
    ]);
    expect(record.raw).toEqual(transcript);
    expect(drops).toHaveLength(1);
  });

  describe("talk figures", () => {
    // Voice 0 talks 2.9 s (a filler, a question), voice 1 1.4 s; ExecVision's own talk ratio says otherwise.
    const words = [
      ...["So", "um", "how", "is", "it", "going"].map((word, i) => ({ start: (i * 0.5).toFixed(3), end: (i * 0.5 + 0.4).toFixed(3), word, ...(i === 5 ? { p: "?" } : {}), v: 0 })),
      ...["Fine", "thanks", "really"].map((word, i) => ({ start: (4 + i * 0.5).toFixed(3), end: (4.4 + i * 0.5).toFixed(3), word, ...(i === 2 ? { p: "." } : {}), v: 1 })),
    ];
    const stats = { internalTalkTime: 2.9, externalTalkTime: 1.4, talkRatio: 0.9, longestSegmentDurations: { "0": 2.9, "1": 1.4 } };

    it("are all Coachboard's from the transcript where the rep's voice is told, never ExecVision's own talk ratio", () => {
      const { record } = read(s.callSchema, map.mapCall, { ...call, stats, transcript: words });
      expect(record.transcript?.segments.some((seg) => seg.speaker === "rep")).toBe(true);
      expect(record.talkRatio).toBeCloseTo(2.9 / 4.3, 2);
      expect([record.questionsAsked, record.fillerWords, record.longestMonologueSec]).toEqual([1, 1, 2.9]);
      expect(record.derivedTalkMetrics).toEqual(["talkRatio", "questionsAsked", "fillerWords", "wordsPerMinute", "interruptions", "longestMonologueSec"]);
      expect(record.talkStats).toEqual(stats);
    });

    it("are ExecVision's own where the voices cannot be told apart, and none is said to be from the transcript", () => {
      const { record } = read(s.callSchema, map.mapCall, { ...call, stats: { talkRatio: 0.9 }, transcript: words });
      expect(record.transcript?.segments.every((seg) => seg.speaker === "unknown")).toBe(true);
      expect(record).toMatchObject({ talkRatio: 0.9, questionsAsked: null, fillerWords: null, derivedTalkMetrics: [] });
    });

    it("leave the rule to the store when the payload carries no transcript", () => {
      const { record } = read(s.callSchema, map.mapCall, { ...call, stats });
      expect(record).toMatchObject({ talkRatio: 0.9, transcript: undefined, derivedTalkMetrics: undefined });
    });
  });
});
