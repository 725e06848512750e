import { describe, expect, it } from "vitest";
import type { Segment } from "@/lib/domain/transcript";
import { relabelSegments } from "./speaker-labels";

const seg = (speaker: Segment["speaker"], label: string): Segment => ({ speaker, label, startMs: 0, endMs: 1, text: "" });
const call = { rep: { id: 1, name: "Luis Ortega", team: null }, prospect: { name: "Raj Mehta", email: null, company: null } };

describe("relabelSegments", () => {
  it("names generic rep and prospect voices after the call's people", () => {
    const out = relabelSegments([seg("rep", "Rep"), seg("prospect", "Speaker 2"), seg("rep", "rep")], call);
    expect(out.map((s) => s.label)).toEqual(["Luis Ortega", "Raj Mehta", "Luis Ortega"]);
  });

  it("keeps real names, and the agent's own label", () => {
    const input = [seg("rep", "Marcus Reid"), seg("prospect", "ops@bank.example")];
    expect(relabelSegments(input, call)).toBe(input);
    expect(relabelSegments([seg("agent", "agent")], call)[0].label).toBe("Agent");
    expect(relabelSegments([seg("unknown", "")], call)[0].label).toBe("Unknown");
  });

  it("names an email label that spells the person's name", () => {
    const out = relabelSegments([seg("rep", "luis.ortega@northbeam.example"), seg("prospect", "raj_mehta@bank.example"), seg("prospect", "ops@bank.example")], call);
    expect(out.map((s) => s.label)).toEqual(["Luis Ortega", "Raj Mehta", "ops@bank.example"]);
    // Without a name on the call, a first.last address still reads as a name.
    expect(relabelSegments([seg("prospect", "dana.whitfield@harbor.example")], { rep: null, prospect: { name: null, email: null, company: null } })[0].label).toBe("Dana Whitfield");
  });

  it("does not merge two generic voices into one name", () => {
    const out = relabelSegments([seg("prospect", "Speaker 2"), seg("prospect", "Speaker 3")], call);
    expect(out.map((s) => s.label)).toEqual(["Speaker 2", "Speaker 3"]);
  });

  it("leaves a generic label when the call does not know the name", () => {
    expect(relabelSegments([seg("prospect", "Prospect")], { rep: null, prospect: { name: null, email: null, company: null } })[0].label).toBe("Prospect");
  });
});
