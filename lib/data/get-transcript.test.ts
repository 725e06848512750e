// A stored transcript read twice (the call page's HTML, then the browser's
// fetch of the whole) is checked and parsed once, and a changed one is never
// served from before the change.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { CallRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getStoredTranscript, getTranscript } from "./get-transcript";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const NOW = new Date("2026-02-02T00:00:00Z");

function call(words: string): CallRecord {
  return {
    vendor: "execvision",
    externalId: "ev-cached",
    startedAt: new Date("2026-01-20T15:00:00Z"),
    durationSec: 20,
    raw: { id: "ev-cached" },
    transcript: { source: "calls", segments: [{ speaker: "rep", label: "Ada", startMs: 0, endMs: 9_000, text: words }] },
  };
}

await describeEachDatabase("stored transcripts read again", (provider) => {
  let org: TestOrg;
  let callId: number;
  beforeAll(async () => {
    org = await createTestOrg(provider);
    await org.sql.transaction((tx) => writeBatch(tx, { calls: [call("first words here")] }, NOW));
    callId = Number((await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, ["ev-cached"]))[0].id);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("is parsed once for the page and the fetch after it", async () => {
    const page = await getStoredTranscript(org.admin, callId);
    const fetched = await getTranscript(org.admin, callId);
    expect(page?.status === "ready" && page.segments[0].text).toBe("first words here");
    expect(fetched).toBe(page);
  });

  it("is read afresh once the sync changed it", async () => {
    await getStoredTranscript(org.admin, callId);
    await org.sql.transaction((tx) => writeBatch(tx, { calls: [call("the words corrected")] }, new Date(NOW.getTime() + 60_000)));
    const after = await getStoredTranscript(org.admin, callId);
    expect(after?.status === "ready" && after.segments[0].text).toBe("the words corrected");
  });

  it("is still scoped: a viewer who may not see the call gets nothing, cached or not", async () => {
    expect(await getStoredTranscript(org.rep, callId)).toBeNull();
  });
});
