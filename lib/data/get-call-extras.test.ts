// What else the call page shows of a call, on real databases: its filled-out
// scorecards with reviewers named, who listened and who shared it with whom,
// the CRM records it was matched to (linked only where the address is known),
// Salesfinity's facet checks and detected objections; none of it for a call
// the viewer may not see, through getCall or the call's API route.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import type { Json, ListenRecord, ScorecardAnswerRecord, ShareRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { describeEachDatabase } from "@/lib/testing/databases";
import { crmMatches, facetDetails, getCall, objections } from "./get-call";
import { createTestOrg, type TestOrg } from "./test-org";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));

const { GET } = await import("@/app/api/calls/[callId]/route");

const NOW = new Date("2026-02-02T00:00:00Z");
const EV = "execvision" as const;

function answer(resultId: string, questionExternalId: string, extra: Partial<ScorecardAnswerRecord>): ScorecardAnswerRecord {
  return {
    vendor: EV,
    resultId,
    questionExternalId,
    callExternalId: "ada-1",
    scorecardExternalId: "card-1",
    scorecardName: "Discovery review",
    skills: [],
    scheme: "YesNo",
    scoredAt: new Date("2026-01-08T10:00:00Z"),
    vendorUpdatedAt: new Date("2026-01-08T10:00:00Z"),
    raw: {},
    ...extra,
  };
}

const listen = (callExternalId: string, listener: string, date: string, seconds: number): ListenRecord => ({
  vendor: EV,
  externalId: `${callExternalId}:${listener}:${date}`,
  callExternalId,
  listenerExternalId: listener,
  listenedOn: date,
  secondsListened: seconds,
  raw: {},
});

const share = (callExternalId: string, sharedBy: string, at: string, ids: string[], emails: string[]): ShareRecord => ({
  vendor: EV,
  externalId: `${callExternalId}:${sharedBy}:${at}`,
  callExternalId,
  sharedByExternalId: sharedBy,
  sharedAt: new Date(at),
  recipientUserIds: ids,
  recipientEmails: emails,
  raw: {},
});

const SF_ACCOUNT = "0017000000kjYm7AAE";
const CRM: Json = [
  {
    crmName: "Salesforce",
    activityCrmId: "00T6Q00008kHwVrUAK",
    account: { crmId: SF_ACCOUNT, name: "memoryBlue" },
    contacts: [{ crmId: "0035w00002zo034AAA", name: "Kellie Courville" }],
    engagement: { crmId: "0065w00002zo034AAB", name: "memoryBlue - New Business", stage: "Negotiation", amount: 12000 },
  },
  {
    crmName: "Outreach",
    account: { crmId: "42", name: "Acme" },
    contacts: [
      { crmId: "7", name: "Dana Whitfield", url: "https://app.outreach.io/prospects/7" },
      { crmId: "8", name: "Eve", url: "javascript:alert(1)" },
    ],
    engagement: null,
  },
  "not a match",
  { crmName: "Salesforce", account: null, contacts: [], engagement: null },
];

await describeEachDatabase("what else the call page shows of a call", (provider) => {
  let org: TestOrg;
  const callId = async (externalId: string) => Number((await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, [externalId]))[0].id);

  beforeAll(async () => {
    org = await createTestOrg(provider);
    // A coach who signs in but sells nothing: named from the users table.
    await org.sql.run(`INSERT INTO users (email, name, role, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, ["rita@org.example", "Rita Coach", "manager", "x", false, NOW, NOW]);
    await org.sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          calls: [
            { vendor: EV, externalId: "ada-crm", repExternalId: "ada", startedAt: new Date("2026-01-07T15:00:00Z"), raw: {}, crmMatches: CRM },
            {
              vendor: "salesfinity",
              externalId: "sf-1",
              repExternalId: "sf-ada",
              rep: { vendor: "salesfinity", externalId: "sf-ada", email: "ada@org.example", partial: true, raw: null },
              startedAt: new Date("2026-01-08T15:00:00Z"),
              raw: {},
              scores: [
                {
                  skillSet: "salesfinity",
                  skill: "intro",
                  label: "Intro",
                  score: 85,
                  details: { permission_opener_used: true, personalised: false, opener_length_sec: 12, improvement_recommendation: "Consider a more personalized opener" },
                },
                { skillSet: "salesfinity", skill: "pitch", label: "Pitch", score: 80, details: null },
                {
                  skillSet: "salesfinity",
                  skill: "objection_handling",
                  label: "Objection handling",
                  score: 70,
                  details: { objections_detected: ["budget"], followup_probe_present: false, outcome_keywords: ["save_time"], improvement_recommendation: "Add a follow-up question" },
                },
              ],
              scoreSets: ["salesfinity"],
              insight: { callMetadata: { duration_sec: 245, objections_detected: ["budget", { text: "Timing is bad", start_sec: 42 }, "budget"] } },
            },
          ],
          scorecards: [
            {
              vendor: EV,
              externalId: "card-1",
              name: "Discovery review",
              questions: [
                { externalId: "Q2", text: "Did the rep ask about timeline?", raw: {} },
                { externalId: "Q1", text: "Budget confirmed?", raw: {} },
                { externalId: "Q3", text: "Overall impression", raw: {} },
              ],
              raw: {},
            },
          ],
          scorecardAnswers: [
            answer("r1", "Q1", { question: "Did the rep confirm budget?", skills: ["Discovery", "Qualification"], answer: 1, rawAnswer: 5, percent: 100, reason: "Asked directly", comment: "Nice work", reviewerEmail: "ben@org.example" }),
            answer("r1", "Q2", { skills: ["Discovery"], scheme: "OneToFive", answer: 3, rawAnswer: 3, percent: 60, reviewerEmail: "ben@org.example" }),
            answer("r1", " Q3", { scheme: "TenPoint", answer: 7, rawAnswer: 7, percent: null, reviewerEmail: "ben@org.example" }),
            answer("r2", "Q1", { scheme: "PassFail", answer: 0, rawAnswer: 0, percent: 0, reviewerEmail: "rita@org.example", scoredAt: new Date("2026-01-09T10:00:00Z") }),
            answer("r3", "Q1", { callExternalId: "cy-1", comment: "South secret comment", reviewerEmail: "ben@org.example" }),
          ],
          listens: [
            listen("ada-1", "ben", "2026-01-08", 125.4),
            listen("ada-1", "someone-gone", "2026-01-09", 30),
            listen("cy-1", "ada", "2026-01-28", 60),
            ...Array.from({ length: 101 }, (_, i) => listen("ada-2", `listener-${i}`, `2026-01-${String(10 + (i % 18)).padStart(2, "0")}`, i)),
          ],
          shares: [
            share("ada-1", "ada", "2026-01-10T09:00:00Z", ["ben", "nobody"], ["cy@org.example", "ext@partner.example"]),
            share("ada-1", "someone-gone", "2026-01-09T09:00:00Z", [], []),
            share("cy-1", "cy", "2026-01-28T09:00:00Z", [], ["secret@south.example"]),
          ],
        },
        NOW,
      ),
    );
  });
  afterAll(async () => {
    await org?.close();
  });

  it("gives each filled-out scorecard, newest first, its questions in the scorecard's order with answer, percent, reason, comment and the reviewer named", async () => {
    const { scorecards } = (await getCall(org.manager, await callId("ada-1")))!.extras;
    expect(scorecards.map((s) => [s.resultId, s.name, s.reviewer, s.scoredAt])).toEqual([
      ["r2", "Discovery review", { name: "Rita Coach", email: "rita@org.example" }, "2026-01-09T10:00:00.000Z"],
      ["r1", "Discovery review", { name: "Ben Moss", email: "ben@org.example" }, "2026-01-08T10:00:00.000Z"],
    ]);
    expect(scorecards[1].answers).toEqual([
      { question: "Did the rep ask about timeline?", skills: ["Discovery"], scheme: "OneToFive", answer: 3, rawAnswer: 3, percent: 60, reason: null, comment: null },
      { question: "Did the rep confirm budget?", skills: ["Discovery", "Qualification"], scheme: "YesNo", answer: 1, rawAnswer: 5, percent: 100, reason: "Asked directly", comment: "Nice work" },
      // The id came with a leading space; its text is still found on the scorecard.
      { question: "Overall impression", skills: [], scheme: "TenPoint", answer: 7, rawAnswer: 7, percent: null, reason: null, comment: null },
    ]);
  });

  it("lists who listened (named when known, newest first) and who shared with whom", async () => {
    const { activity } = (await getCall(org.rep, await callId("ada-1")))!.extras;
    expect(activity.listens).toEqual([
      { listener: null, listenedOn: "2026-01-09", secondsListened: 30 },
      { listener: "Ben Moss", listenedOn: "2026-01-08", secondsListened: 125.4 },
    ]);
    expect(activity.shares).toEqual([
      { sharedBy: "Ada Lane", sharedAt: "2026-01-10T09:00:00.000Z", recipients: ["Ben Moss", "Cy Ward", "ext@partner.example"], others: 1 },
      { sharedBy: null, sharedAt: "2026-01-09T09:00:00.000Z", recipients: [], others: 0 },
    ]);
    expect(activity.truncated).toBe(false);
  });

  it("caps the listens it reads and says so", async () => {
    const { activity } = (await getCall(org.rep, await callId("ada-2")))!.extras;
    expect(activity.listens).toHaveLength(100);
    expect(activity.truncated).toBe(true);
  });

  it("gives the CRM account, contacts and opportunity, linking only the web addresses the vendor gives", async () => {
    const { crm } = (await getCall(org.rep, await callId("ada-crm")))!.extras;
    expect(crm).toEqual([
      {
        system: "Salesforce",
        account: { name: "memoryBlue", id: SF_ACCOUNT, url: null },
        contacts: [{ name: "Kellie Courville", id: "0035w00002zo034AAA", url: null }],
        opportunity: { name: "memoryBlue - New Business", id: "0065w00002zo034AAB", url: null, stage: "Negotiation", amount: 12000 },
      },
      {
        system: "Outreach",
        account: { name: "Acme", id: "42", url: null },
        contacts: [
          { name: "Dana Whitfield", id: "7", url: "https://app.outreach.io/prospects/7" },
          { name: "Eve", id: "8", url: null },
        ],
        opportunity: null,
      },
    ]);
  });

  it("never makes a link of an id alone", () => {
    expect(crmMatches([{ crmName: "salesforce", account: { crmId: "../../evil.example", name: "X" }, contacts: [] }])[0].account!.url).toBeNull();
    expect(crmMatches(null)).toEqual([]);
  });

  it("gives Salesfinity's checks, metrics and recommendation per facet, and the objections it detected with their moments", async () => {
    const { extras } = (await getCall(org.rep, await callId("sf-1")))!;
    expect(extras.facetDetails).toEqual([
      {
        skill: "intro",
        checks: [
          { text: "Permission opener used", passed: true },
          { text: "Personalised", passed: false },
        ],
        metrics: [{ key: "opener_length_sec", value: 12 }],
        recommendation: "Consider a more personalized opener",
      },
      { skill: "objection_handling", checks: [{ text: "Followup probe present", passed: false }], metrics: [{ key: "outcome_keywords", value: ["save_time"] }], recommendation: "Add a follow-up question" },
    ]);
    expect(extras.objections).toEqual([
      { text: "budget", startSec: null },
      { text: "Timing is bad", startSec: 42 },
    ]);
  });

  it("reads a facet's checks and metrics when both are stored, and objections from the facet when the metadata has none", () => {
    expect(facetDetails("intro", { checks: { opener_used: true }, metrics: { wpm: 150 } })).toEqual({ skill: "intro", checks: [{ text: "Opener used", passed: true }], metrics: [{ key: "wpm", value: 150 }], recommendation: null });
    expect(facetDetails("pitch", {})).toBeNull();
    expect(objections({ objections_detected: [] }, JSON.stringify({ objections_detected: ["price"] }))).toEqual([{ text: "price", startSec: null }]);
  });

  it("gives empty extras for a call with none", async () => {
    expect((await getCall(org.manager, await callId("ben-1")))!.extras).toEqual({
      scorecards: [],
      activity: { listens: [], shares: [], truncated: false },
      crm: [],
      facetDetails: [],
      objections: [],
    });
  });

  it("shows none of it for a call the viewer may not see, through getCall or the call's API route", async () => {
    const hidden = await callId("cy-1");
    expect(await getCall(org.rep, hidden)).toBeNull();
    expect(await getCall(org.manager, hidden)).toBeNull();
    for (const viewer of [org.rep, org.manager]) {
      state.viewer = viewer;
      const response = await GET(new Request(`http://coach.test/api/calls/${hidden}`), { params: Promise.resolve({ callId: String(hidden) }) });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/secret/i);
    }
    state.viewer = org.admin;
    const seen = await GET(new Request(`http://coach.test/api/calls/${hidden}`), { params: Promise.resolve({ callId: String(hidden) }) });
    expect(seen.status).toBe(200);
    const body = (await seen.json()) as { extras: { scorecards: { answers: { comment: string | null }[] }[]; activity: { shares: { recipients: string[] }[] } } };
    expect(body.extras.scorecards[0].answers[0].comment).toBe("South secret comment");
    expect(body.extras.activity.shares[0].recipients).toEqual(["secret@south.example"]);
  });
});
