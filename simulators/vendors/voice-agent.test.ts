import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authHeaders, get, start } from "../test-helpers";
import type { RunningSimulators } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any -- served payloads are read field by field */

const ADDED = ["x_schema_rev", "_links", "internal_ref", "tenantTag"];

describe("voice-agent calls", () => {
  let sims: RunningSimulators;
  beforeAll(async () => {
    sims = await start();
  });
  afterAll(() => sims.close());

  it("serves each call as documented, as records() returns it", async () => {
    for (const call of sims.control.records("voice-agent") as any[]) {
      const res = await get(`${sims.baseUrls.voiceAgent}/calls/${call.id}`, authHeaders(sims).voiceAgent);
      expect(res.body).toEqual(call);
      expect(["completed", "no-answer", "failed"]).toContain(call.status);
      for (const s of call.transcript_segments) expect(["agent", "caller"]).toContain(s.speaker);
      expect(call.transcript).toBe(call.transcript_segments.map((s: any) => `${s.speaker === "agent" ? "Agent" : "Caller"}: ${s.text}`).join("\n\n"));
    }
  });

  it("breaks a malformed call where it is identified and dated", async () => {
    const [call] = sims.control.records("voice-agent") as any[];
    sims.control.malform("voice-agent", call.id);
    expect((await get(`${sims.baseUrls.voiceAgent}/calls/${call.id}`, authHeaders(sims).voiceAgent)).body.created_at).toBe("yesterday-ish");
  });
});

describe("voice-agent calls in variants mode", () => {
  it("spells each call's speakers one way, evolves every object, and serves the same on every request", async () => {
    const seen = { speakers: new Set<string>(), statuses: new Set<string>(), textOnly: 0, nullMetadata: 0, badSegment: 0 };
    for (const seed of [0, 1, 2, 3]) {
      const s = await start({ variants: seed });
      try {
        for (const call of s.control.records("voice-agent") as any[]) {
          const url = `${s.baseUrls.voiceAgent}/calls/${call.id}`;
          const first = (await get(url, authHeaders(s).voiceAgent)).body;
          expect(first).toEqual(call);
          expect((await get(url, authHeaders(s).voiceAgent)).body).toEqual(first);
          expect(Object.keys(call).some((k) => ADDED.includes(k))).toBe(true);
          seen.statuses.add(call.status);
          if (call.metadata === null) seen.nullMetadata++;
          if (!("transcript_segments" in call) && call.transcript) seen.textOnly++;
          const segments: any[] = call.transcript_segments ?? [];
          if (segments.some((g) => g.start_time === undefined)) seen.badSegment++;
          const sides = new Set(segments.map((g) => g.speaker));
          expect([...sides].every((side) => [["agent", "caller"], ["assistant", "user"], ["AI", "Customer"]].some((pair) => pair.includes(side)))).toBe(true);
          const spelling = [["agent", "caller"], ["assistant", "user"], ["AI", "Customer"]].find((pair) => pair.some((p) => sides.has(p)));
          if (spelling) {
            expect([...sides].every((side) => spelling.includes(side))).toBe(true);
            seen.speakers.add(spelling.join("/"));
          }
        }
      } finally {
        await s.close();
      }
    }
    expect(seen.speakers).toEqual(new Set(["agent/caller", "assistant/user", "AI/Customer"]));
    expect(seen.statuses).toEqual(new Set(["completed", "in-progress", "transferred", "voicemail", "no-answer", "failed"]));
    expect(seen.textOnly && seen.nullMetadata && seen.badSegment).toBeGreaterThan(0);
  });

  it("serves a few calls in progress, with part of their transcript, and final once their time has come", async () => {
    let clock = Date.now();
    const s = await start({ variants: 1, now: () => clock });
    try {
      const live = (s.control.records("voice-agent") as any[]).filter((c) => c.status === "in-progress");
      expect(live.length).toBeGreaterThan(0);
      for (const call of live) expect(call).toMatchObject({ ended_at: null, duration: null, recording_url: null });
      clock += 4 * 60_000;
      const now = new Map((s.control.records("voice-agent") as any[]).map((c) => [c.id, c]));
      for (const call of live) {
        const final = now.get(call.id);
        expect(final.status).not.toBe("in-progress");
        expect(final.ended_at).toEqual(expect.any(String));
        expect(final.transcript.startsWith(call.transcript)).toBe(true);
        expect((await get(`${s.baseUrls.voiceAgent}/calls/${call.id}`, authHeaders(s).voiceAgent)).body).toEqual(final);
      }
    } finally {
      await s.close();
    }
  });
});
