import { describe, expect, it } from "vitest";
import { mapVoiceCall, speakerRole } from "./map";
import { rebuildRaw } from "./raw";
import { voiceCallSchema } from "./schemas";

/* eslint-disable @typescript-eslint/no-explicit-any -- payloads built field by field */

function voiceCall(overrides: (call: any) => void = () => {}) {
  const call: any = {
    id: "7f3d8e00-a1b2-4c3d-9e4f-567890abcdef",
    agent_id: "550e8400-e29b-41d4-a716-446655440000",
    from_number: "+16045551234",
    to_number: "+14155551234",
    direction: "outbound",
    status: "completed",
    duration: 125,
    recording_url: "https://storage.example.com/recordings/abc123.wav?token=xyz",
    transcript: "Agent: Hello, this is Sarah.\n\nCaller: Yes, I'll be there.",
    transcript_segments: [
      { speaker: "agent", text: "Hello, this is Sarah.", start_time: 0.5, end_time: 5.2 },
      { speaker: "caller", text: "Yes, I'll be there.", start_time: 5.8, end_time: 8.3 },
    ],
    sentiment: "positive",
    call_summary: "Appointment confirmation call.",
    metadata: { customer_id: "cust_123", campaign: "appointment_reminder" },
    started_at: "2024-01-15T10:30:15Z",
    ended_at: "2024-01-15T10:32:20Z",
    created_at: "2024-01-15T10:30:00Z",
  };
  overrides(call);
  return call;
}

function map(raw: any) {
  const drops: string[] = [];
  const record = mapVoiceCall(voiceCallSchema.parse(raw), { raw, drop: (what) => drops.push(what) });
  return { record, drops };
}

/** What the calls and transcripts tables would hold, read back. */
function stored(record: ReturnType<typeof map>["record"]) {
  return { call: { raw: JSON.stringify(record.raw) }, transcript: record.transcript ? { raw: JSON.stringify(record.transcript.raw) } : undefined };
}

describe("mapVoiceCall", () => {
  it("reads agent/caller, assistant/user and AI/Customer, in any case, as the agent and caller sides", () => {
    for (const [agent, caller] of [["agent", "caller"], ["assistant", "user"], ["AI", "Customer"], ["AGENT", "Caller"]]) {
      expect([speakerRole(agent), speakerRole(caller)]).toEqual(["agent", "caller"]);
      const { record } = map(voiceCall((c) => c.transcript_segments.forEach((s: any, i: number) => (s.speaker = i ? caller : agent))));
      expect(record.transcript!.segments.map((s) => s.speaker)).toEqual(["agent", "caller"]);
    }
    expect(speakerRole("narrator")).toBe("unknown");
  });

  it("falls back on the transcript text when there are no timed segments", () => {
    const { record } = map(
      voiceCall((c) => {
        delete c.transcript_segments;
        c.transcript = "AI: Hello, this is Sarah.\n\nCustomer: Yes: tomorrow.";
      }),
    );
    expect(record.transcript!.segments.map((s) => [s.speaker, s.text])).toEqual([
      ["agent", "Hello, this is Sarah."],
      ["caller", "Yes: tomorrow."],
    ]);
  });

  it("drops a segment without usable times or text, and keeps the rest", () => {
    const { record, drops } = map(
      voiceCall((c) => {
        c.transcript_segments.push({ speaker: "agent", text: "No times." }, { speaker: "caller", start_time: 9, end_time: 10 }, { speaker: "agent", text: "Backwards.", start_time: 12, end_time: 11 });
      }),
    );
    expect(record.transcript!.segments).toHaveLength(2);
    expect(drops).toEqual(["segment", "segment", "segment"]);
  });

  it("keeps an unknown status as sent, and nulls as missing values", () => {
    const { record } = map(
      voiceCall((c) => {
        c.status = "transferred";
        c.metadata = null;
        c.duration = null;
        c.agent_id = null;
      }),
    );
    expect(record.status).toBe("transferred");
    expect(record.metadata).toBeNull();
    expect(record.durationSec).toBeNull();
    expect(record.rep).toBeNull();
  });

  it("rebuilds the served record from the call's raw and the transcript's, telling an absent key from a null", () => {
    const cases = [
      voiceCall(),
      voiceCall((c) => delete c.transcript_segments),
      voiceCall((c) => (c.transcript_segments = null)),
      voiceCall((c) => {
        c.transcript = "";
        c.transcript_segments = [];
      }),
      voiceCall((c) => {
        delete c.transcript;
        c.x_schema_rev = 4;
      }),
    ];
    for (const raw of cases) {
      const { call, transcript } = stored(map(raw).record);
      expect(rebuildRaw(call, transcript)).toStrictEqual(raw);
    }
    // Without a transcript row, the call's raw is the whole record.
    expect(map(cases[3]).record.transcript).toBeNull();
    expect(map(cases[3]).record.raw).toBe(cases[3]);
  });

  it("keeps the contact, company and outcome the metadata sends", () => {
    const { record } = map(
      voiceCall((c) => (c.metadata = { customer_id: "cust_5055", campaign: "demo_confirmation", company: "Ironwood Dental Partners", contact_name: "Olga Yamada", booked_meeting: true })),
    );
    expect([record.prospectName, record.prospectCompany, record.outcome, record.title]).toEqual(["Olga Yamada", "Ironwood Dental Partners", "meeting_booked", "demo_confirmation"]);
    expect(map(voiceCall((c) => (c.metadata.booked_meeting = false))).record.outcome).toBe("no_meeting_booked");
    expect(map(voiceCall((c) => (c.metadata.outcome = "transferred to sales"))).record.outcome).toBe("transferred to sales");
    // The doc's example: no contact, no company, no outcome, nothing made up.
    const plain = map(voiceCall()).record;
    expect([plain.prospectName, plain.prospectCompany, plain.prospectEmail, plain.outcome]).toEqual([null, null, null, null]);
  });

  it("a call that never got through has its status as its outcome", () => {
    for (const status of ["no-answer", "failed", "busy"]) {
      const { record } = map(
        voiceCall((c) => {
          c.status = status;
          c.duration = 0;
          c.metadata.booked_meeting = false;
        }),
      );
      expect(record.outcome).toBe(status);
    }
    expect(map(voiceCall((c) => (c.status = "in-progress"))).record.outcome).toBeNull();
  });

  it("takes a contact's address from the metadata only when it is one", () => {
    expect(map(voiceCall((c) => (c.metadata.email = "olga@ironwood.example"))).record.prospectEmail).toBe("olga@ironwood.example");
    expect(map(voiceCall((c) => (c.metadata.email = "n/a"))).record.prospectEmail).toBeNull();
  });

  it("rejects a call without its id or creation time", () => {
    expect(voiceCallSchema.safeParse(voiceCall((c) => delete c.id)).success).toBe(false);
    expect(voiceCallSchema.safeParse(voiceCall((c) => (c.created_at = "yesterday-ish"))).success).toBe(false);
    expect(voiceCallSchema.safeParse(voiceCall((c) => (c.transcript_segments = "n/a"))).success).toBe(true);
  });
});
