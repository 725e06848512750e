import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SyncStatus } from "@/lib/data/dto";
import { SyncPanel } from "./sync-panel";

type Stream = SyncStatus["vendors"][number]["streams"][number];
const stream = (name: string, extra: Partial<Stream> = {}): Stream => ({
  stream: name,
  lastRunAt: null,
  lastSuccessAt: null,
  lastError: null,
  status: null,
  created: 0,
  updated: 0,
  deleted: 0,
  deadLettered: 0,
  dropped: 0,
  dropNotes: [],
  note: null,
  ...extra,
});

const status = (deadLetters: number, streams: Stream[]): SyncStatus => ({
  mode: "in-process",
  failedJobs: [],
  vendors: [
    { vendor: "execvision", label: "ExecVision", enabled: true, running: false, queuedBehind: null, syncingElsewhere: null, lastSyncedAt: null, error: null, streams, deadLetters },
  ],
  deadLetters: [],
});

function render(initial: SyncStatus): string {
  const html = renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <SyncPanel initial={initial} />
    </QueryClientProvider>,
  );
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("the sync panel's counts", () => {
  it("shows no dead letters as 0, for the vendor and overall", () => {
    const text = render(status(0, [stream("calls", { lastRunAt: "2024-05-01T10:00:00Z", status: "ok", created: 4 })]));
    expect(text).toContain("Dead letters: 0");
    expect(text).toContain("Dead-lettered records: 0");
  });

  it("says the per-stream counts are the last run's, and a stream that never ran has none rather than zeros", () => {
    const text = render(status(2, [stream("calls", { lastRunAt: "2024-05-01T10:00:00Z", status: "ok", created: 1204, dropped: 1, dropNotes: [{ what: "word", why: "no time", count: 1, example: null }] }), stream("users")]));
    expect(text).toContain("Last run When Result New Updated Deleted Dead-lettered Dropped elements");
    expect(text).toContain("calls May 1, 10:00 AM UTC ok 1,204 0 0 0 1 (1 word)");
    expect(text).toContain("users never – – – – – –");
    expect(text).toContain("Dead letters: 2");
    expect(text).toContain("Dead-lettered records: 2 (the latest 0 below)");
  });
});
