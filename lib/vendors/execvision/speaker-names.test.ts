// ExecVision's /transcript/{id} was "written specifically for Intuit": where
// an account cannot use it, speaker names turn off with a note for admins (not
// an authentication error), it is asked again a day later, and
// EXECVISION_SPEAKER_NAMES=false never asks. Where it answers, the speakers it
// names re-label the transcript and the talk metrics follow.
import { afterEach, describe, expect, it } from "vitest";
import { syncAll } from "@/lib/sync/run-all";
import { type Harness, startHarness, TEST_CONNECTOR_OPTIONS } from "@/lib/testing/sync-harness";
import { buildConnectors } from "@/lib/vendors";
import { Variants } from "@/simulators/variants";

const access = (seed: number) => new Variants(seed).pick("execvision.transcript", ["answers", "forbidden", "missing"] as const);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const transcriptRequests = (harness: Harness) => harness.sims.control.requests.filter((r) => r.vendor === "execvision" && r.path.includes("/transcript/")).length;
const note = async (harness: Harness) =>
  (await harness.sql.all<{ note: string | null }>(`SELECT note FROM sync_states WHERE vendor = 'execvision' AND stream = 'transcripts'`))[0]?.note ?? null;

describe.each([1, 2].map((seed) => ({ seed, reading: access(seed) })))("an account the endpoint refuses ($reading)", ({ seed, reading }) => {
  it("syncs everything else, says why names are off, and does not ask again the same day", async () => {
    h = await startHarness("sqlite", { variants: seed });
    const [first] = (await h.sync()).filter((r) => r.vendor === "execvision");
    expect(first.error).toBeNull();
    expect(await note(h)).toMatch(new RegExp(`answered HTTP ${reading === "forbidden" ? 403 : 404} for this account`));
    expect(transcriptRequests(h)).toBe(1);
    // Talk metrics come from each call's own stats meanwhile: most calls have a rep side.
    const [{ known, all }] = await h.sql.all<{ known: number; all: number }>(
      `SELECT SUM(CASE WHEN questions_asked IS NOT NULL THEN 1 ELSE 0 END) AS known, COUNT(*) AS "all" FROM calls c WHERE vendor = 'execvision' AND EXISTS (SELECT 1 FROM transcripts t WHERE t.call_id = c.id)`,
    );
    expect(Number(known)).toBeGreaterThan(Number(all) * 0.9);
    h.sims.control.clearRequests();
    const [second] = (await h.sync()).filter((r) => r.vendor === "execvision");
    expect(second.error).toBeNull();
    expect(transcriptRequests(h)).toBe(0);
  });
});

describe("an account the endpoint answers", () => {
  it("names every call's speakers and clears any note", async () => {
    h = await startHarness("sqlite", { variants: [0, 1, 2, 3].find((seed) => access(seed) === "answers")! });
    const [result] = (await h.sync()).filter((r) => r.vendor === "execvision");
    expect(result.error).toBeNull();
    expect(await note(h)).toBeNull();
    const [{ unnamed }] = await h.sql.all<{ unnamed: number }>(
      `SELECT COUNT(*) AS unnamed FROM transcripts t JOIN calls c ON c.id = t.call_id WHERE c.vendor = 'execvision' AND t.speakers IS NULL AND c.deleted_at IS NULL`,
    );
    expect(Number(unnamed)).toBe(0);
  });
});

describe("EXECVISION_SPEAKER_NAMES=false", () => {
  it("never asks for the simplified transcript", async () => {
    h = await startHarness("sqlite");
    const connectors = buildConnectors({ ...h.env, EXECVISION_SPEAKER_NAMES: false }, { ...TEST_CONNECTOR_OPTIONS, execvisionSpeakerNames: undefined }).filter((c) => c.connector.vendor === "execvision");
    const [result] = await syncAll(h.sql, connectors, { trigger: "cli" });
    expect(result.error).toBeNull();
    expect(result.streams.map((s) => s.stream)).not.toContain("transcripts");
    expect(transcriptRequests(h)).toBe(0);
  });
});
