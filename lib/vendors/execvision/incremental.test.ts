// An incremental ExecVision pass after no change at the vendor costs one
// request per stream, also after a call made long ago changed: the calls
// stream's cursor is the greatest paging time read (the last-modified time
// where calls carry one, their callTime where not), never lower.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { Variants } from "@/simulators/variants";

const modifiedField = (seed: number | undefined) =>
  seed === undefined ? null : new Variants(seed).pick("execvision.calls.modified", [null, "modified", "lastModified"] as const);

/** The stream a request to ExecVision served (by-id endpoints per kind). */
function streamOf(path: string): string {
  const route = path.replace(/^\/execvision\/api\/ev\/2\//, "");
  const [head, second] = route.split("/");
  if (head === "calls" && second) return `calls/${second}`;
  return head;
}

describe.each([undefined, 2, 0, 1].map((seed) => ({ seed, field: modifiedField(seed) ?? "none" })))("calls carrying last-modified time: $field", ({ seed }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("sqlite", { variants: seed });
    for (const r of await h.sync()) expect(r.error, r.vendor).toBeNull();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("makes at most one request per stream when nothing changed, after an old call changed", async () => {
    const calls = h.sims.control.records("execvision") as { id: string; callTime: string }[];
    const oldest = [...calls].sort((a, b) => a.callTime.localeCompare(b.callTime))[0];
    h.sims.control.updateRecord("execvision", oldest.id, (call) => {
      call.originalPath = "recordings/re-uploaded.wav";
    });
    const [changed] = (await h.sync()).filter((r) => r.vendor === "execvision");
    expect(changed.error).toBeNull();
    const [row] = await h.sql.all<{ original_path: string }>(`SELECT original_path FROM calls WHERE vendor = 'execvision' AND external_id = ?`, [oldest.id]);
    expect(row.original_path).toBe("recordings/re-uploaded.wav");

    h.sims.control.clearRequests();
    const [again] = (await h.sync()).filter((r) => r.vendor === "execvision");
    expect(again.error).toBeNull();
    const perStream = new Map<string, number>();
    for (const request of h.sims.control.requests.filter((r) => r.vendor === "execvision")) perStream.set(streamOf(request.path), (perStream.get(streamOf(request.path)) ?? 0) + 1);
    expect(Object.fromEntries([...perStream].filter(([, n]) => n > 1))).toEqual({});
    expect(perStream.get("calls")).toBe(1);
    expect(again.streams.reduce((n, s) => n + s.totals.created + s.totals.updated, 0)).toBe(0);
  });
});
