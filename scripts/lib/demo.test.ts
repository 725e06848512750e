// The demo (its calls and its published sign-ins) never writes into a
// configured database unless asked to.
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";
import { demoMode } from "./demo";

const decide = (source: Record<string, string>) => demoMode(source, parseEnv(source));

describe("whether npm start runs the demo", () => {
  it("runs with neither a database nor a vendor configured", () => {
    expect(decide({})).toBe(true);
  });

  it("does not run on a configured database with no vendor (a deploy that lost its credentials)", () => {
    expect(decide({ DATABASE_URL: "postgresql://coachboard@db.internal:5432/coachboard" })).toBe(false);
    expect(decide({ DATABASE_URL: "file:./data/coachboard.db" })).toBe(false);
  });

  it("does not run with a vendor configured", () => {
    expect(decide({ REVONT_API_KEY: "key" })).toBe(false);
  });

  it("runs on any database when asked, and never when refused", () => {
    expect(decide({ DATABASE_URL: "file:./data/e2e.db", COACHBOARD_DEMO: "true" })).toBe(true);
    expect(decide({ COACHBOARD_DEMO: "false" })).toBe(false);
  });
});
