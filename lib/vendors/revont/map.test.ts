import { describe, expect, it } from "vitest";
import { stableJson } from "@/lib/db/values";
import { mapCall, speakerRole } from "./map";
import { rebuildRaw } from "./raw";
import { callSchema, callSummarySchema } from "./schemas";

/* eslint-disable @typescript-eslint/no-explicit-any -- payloads built field by field */

function listed(overrides: (call: any) => void = () => {}) {
  const call: any = {
    id: "call_01HX4BQZPK8J2NFRT3WY",
    created_at: "2024-03-15T14:32:00Z",
    duration_seconds: 1842,
    rep_id: "user_01HX1ABCDE",
    prospect_email: "jane.doe@acme.com",
    coaching_score: 78,
    outcome: "won",
  };
  overrides(call);
  return call;
}

function detail(overrides: (call: any) => void = () => {}) {
  return listed((call) => {
    call.transcript = [
      { speaker: "rep", start_ms: 0, end_ms: 7400, text: "Hey Jane, thanks for making the time today." },
      { speaker: "prospect", start_ms: 7500, end_ms: 14200, text: "Doing well, thanks!" },
    ];
    overrides(call);
  });
}

function map(raw: any) {
  const drops: string[] = [];
  const record = mapCall(callSchema.parse(raw), { raw, drop: (what) => drops.push(what) });
  return { record, drops };
}

describe("mapCall", () => {
  it("keeps exactly the listed fields as the call's raw, unknown keys included, so a list and a detail compare equal", () => {
    const raw = detail((c) => (c.internal_ref = "r12"));
    const { record } = map(raw);
    expect(stableJson(record.raw)).toBe(stableJson(listed((c) => (c.internal_ref = "r12"))));
    expect(rebuildRaw({ raw: JSON.stringify(record.raw) }, { raw: JSON.stringify(record.transcript!.raw) })).toStrictEqual(raw);
  });

  it("rebuilds a detail without a transcript, or with a null one, as served", () => {
    for (const raw of [listed(), detail((c) => (c.transcript = null))]) {
      const { record } = map(raw);
      expect(record.transcript!.segments).toEqual([]);
      expect(rebuildRaw({ raw: JSON.stringify(record.raw) }, { raw: JSON.stringify(record.transcript!.raw) })).toStrictEqual(raw);
    }
  });

  it("reads rep/prospect, Rep/Prospect and agent/customer as the two sides", () => {
    for (const [rep, prospect] of [["rep", "prospect"], ["Rep", "Prospect"], ["agent", "customer"]]) {
      expect([speakerRole(rep), speakerRole(prospect)]).toEqual(["rep", "prospect"]);
      const { record } = map(detail((c) => c.transcript.forEach((s: any, i: number) => (s.speaker = i ? prospect : rep))));
      expect(record.transcript!.segments.map((s) => [s.speaker, s.label])).toEqual([
        ["rep", "Rep"],
        ["prospect", "jane.doe@acme.com"],
      ]);
    }
  });

  it("keeps a new outcome as sent, nulls as missing values, and drops a segment without times or text", () => {
    const { record, drops } = map(
      detail((c) => {
        c.outcome = "meeting_booked";
        c.coaching_score = null;
        c.prospect_email = null;
        c.created_at = "2024-03-15T14:32:00.417Z";
        c.transcript.push({ speaker: "rep", text: "No times." }, { speaker: "rep", start_ms: 15000, end_ms: 16000 });
      }),
    );
    expect(record.outcome).toBe("meeting_booked");
    expect(record.overallScore).toBeNull();
    expect(record.prospectEmail).toBeNull();
    expect(record.startedAt.toISOString()).toBe("2024-03-15T14:32:00.417Z");
    expect(record.transcript!.segments).toHaveLength(2);
    expect(drops).toEqual(["segment", "segment"]);
  });

  it("rejects a call without its id or creation time, and nothing else", () => {
    expect(callSummarySchema.safeParse(listed((c) => delete c.id)).success).toBe(false);
    expect(callSummarySchema.safeParse(listed((c) => (c.created_at = "last tuesday"))).success).toBe(false);
    expect(callSummarySchema.safeParse(listed((c) => (c.duration_seconds = "long"))).success).toBe(true);
  });
});
