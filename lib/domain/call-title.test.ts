import { describe, expect, it } from "vitest";
import { callCounterpart, callTitle, callTopic, displayName, nameFromEmail } from "./call-title";

describe("callTitle", () => {
  it("is the company, else the contact, else a call with whoever else is known", () => {
    expect(callTitle({ company: "Acme Corp", contact: "Jane Doe", email: "jane@acme.com" })).toBe("Acme Corp");
    expect(callTitle({ company: null, contact: "Jane Doe", email: "jane@acme.com" })).toBe("Jane Doe");
    expect(callTitle({ email: "jane.doe@acme.com" })).toBe("Call with Jane Doe");
    expect(callTitle({ email: "info@acme.com" })).toBe("Call with someone at acme.com");
    expect(callTitle({ phone: "+14155551234" })).toBe("Call with +14155551234");
    expect(callTitle({})).toBe("Call with an unknown contact");
  });

  it("never shows an email address as a title", () => {
    for (const parties of [{ company: "jane@acme.com" }, { contact: "jane@acme.com" }, { company: "j@acme.com", contact: "k@acme.com", email: "x9@acme.com" }]) {
      expect(callTitle(parties)).not.toMatch(/@/);
    }
    expect(callTitle({ company: "jane@acme.com", contact: "Jane Doe" })).toBe("Jane Doe");
  });

  it("spells out a lowercase slug instead of showing it", () => {
    expect(callTitle({ company: "acme-corp" })).toBe("Acme Corp");
    expect(callTitle({ company: "acme_corp" })).toBe("Acme Corp");
    expect(callTitle({ contact: "jane doe" })).toBe("Jane Doe");
    expect(callTitle({ company: "iPhone Repairs" })).toBe("iPhone Repairs");
    expect(callTitle({ company: "IBM" })).toBe("IBM");
  });

  it("skips empty and blank names", () => {
    expect(callTitle({ company: "", contact: "   ", email: "", phone: " " })).toBe("Call with an unknown contact");
    expect(callTitle({ company: "  ", contact: "Jane  Doe " })).toBe("Jane Doe");
    expect(callTitle({ company: "--", contact: "Jane" })).toBe("Jane");
  });
});

describe("the pieces of a title", () => {
  it("reads a name from an address only when it looks like one", () => {
    expect(nameFromEmail("steve.rivera@trellisstaffing.example")).toBe("Steve Rivera");
    expect(nameFromEmail("STEVE_RIVERA@x.example")).toBe("Steve Rivera");
    expect(nameFromEmail("info@acme.com")).toBeNull();
    expect(nameFromEmail("j.d@acme.com")).toBeNull();
    expect(nameFromEmail("sales2024.team@acme.com")).toBeNull();
    expect(nameFromEmail("not an address")).toBeNull();
  });

  it("refuses addresses and links as names", () => {
    expect(displayName("https://acme.com")).toBeNull();
    expect(displayName("a@b.co")).toBeNull();
    expect(displayName(null)).toBeNull();
  });

  it("names who the title does not: the contact under a company, else the address or number it came from", () => {
    expect(callCounterpart({ company: "Acme", contact: "Jane Doe", email: "jane@acme.com" })).toBe("Jane Doe");
    expect(callCounterpart({ company: "Acme", email: "jane@acme.com" })).toBe("jane@acme.com");
    expect(callCounterpart({ contact: "Jane Doe" })).toBeNull();
    expect(callCounterpart({ email: "jane.doe@acme.com" })).toBe("jane.doe@acme.com");
    expect(callCounterpart({ phone: "+14155551234" })).toBeNull();
    expect(callCounterpart({})).toBeNull();
  });

  it("spells out a vendor's slug of a topic in sentence case", () => {
    expect(callTopic("demo_confirmation")).toBe("Demo confirmation");
    expect(callTopic("inbound qualification")).toBe("Inbound qualification");
    expect(callTopic("Tallyforge call with Foxhollow Outdoor")).toBe("Tallyforge call with Foxhollow Outdoor");
    expect(callTopic("  ")).toBeNull();
    expect(callTopic("jane@acme.com")).toBeNull();
  });
});
