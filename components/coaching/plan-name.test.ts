import { describe, expect, it } from "vitest";
import { planDisplayName } from "./plan-name";

describe("plan names next to their start date", () => {
  it("leaves out a month range that does not hold the start", () => {
    expect(planDisplayName("Delivery, Discovery, Mar 2026-Apr 2026", "2026-09-12T14:18:49.000Z")).toEqual({ name: "Delivery, Discovery", changed: true });
  });

  it("leaves out a stale quarter and day range in brackets", () => {
    expect(planDisplayName("Discovery Q3 (Jul 1 – Sep 30)", "2026-10-06T14:00:00.000Z")).toEqual({ name: "Discovery", changed: true });
    expect(planDisplayName("Closing push [2026-01-05 to 2026-03-27]", "2026-10-06T14:00:00.000Z")).toEqual({ name: "Closing push", changed: true });
    expect(planDisplayName("Objections - 1/5/26 – 3/27/26", "2026-10-06T14:00:00.000Z")).toEqual({ name: "Objections", changed: true });
  });

  it("keeps a period that holds the start date", () => {
    const name = "Discovery Q3 (Jul 1 – Sep 30)";
    expect(planDisplayName(name, "2026-07-03T09:00:00.000Z")).toEqual({ name, changed: false });
    expect(planDisplayName("Delivery, Apr 2026-Jun 2026", "2026-04-20T09:00:00.000Z")).toEqual({ name: "Delivery, Apr 2026-Jun 2026", changed: false });
    // A plan set up a few days before its period begins.
    expect(planDisplayName("Delivery, Apr 2026-Jun 2026", "2026-03-27T09:00:00.000Z").changed).toBe(false);
  });

  it("reads ranges across the new year", () => {
    expect(planDisplayName("Discovery (Nov – Jan)", "2026-12-10T09:00:00.000Z").changed).toBe(false);
    expect(planDisplayName("Discovery (Nov – Jan)", "2027-01-10T09:00:00.000Z").changed).toBe(false);
    expect(planDisplayName("Discovery (Nov – Jan)", "2026-06-10T09:00:00.000Z")).toEqual({ name: "Discovery", changed: true });
  });

  it("leaves names without a period, and names it would empty, as the vendor sent them", () => {
    expect(planDisplayName("May the best rep win", "2026-10-01T00:00:00.000Z")).toEqual({ name: "May the best rep win", changed: false });
    expect(planDisplayName("Objection Handling", "2026-10-01T00:00:00.000Z")).toEqual({ name: "Objection Handling", changed: false });
    expect(planDisplayName("Q1 2026", "2026-10-01T00:00:00.000Z")).toEqual({ name: "Q1 2026", changed: false });
  });

  it("shows the vendor's name when the start is unknown", () => {
    expect(planDisplayName("Delivery, Mar 2026-Apr 2026", null)).toEqual({ name: "Delivery, Mar 2026-Apr 2026", changed: false });
  });
});
