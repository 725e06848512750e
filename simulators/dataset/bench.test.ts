import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectCall } from "../vendors/execvision-calls";
import { SimStore } from "../store";
import { authHeaders, EV_API, get, start } from "../test-helpers";
import type { RunningSimulators } from "../types";
import { benchDataset } from "./bench";
import type { EvLazyCalls, EvWord } from "./types";

let sims: RunningSimulators;
beforeAll(async () => {
  sims = await start({ dataset: benchDataset({ execvisionCalls: 2000, wordsPerCall: 1500 }) });
});
afterAll(() => sims.close());

describe("the benchmark dataset", () => {
  it("generates calls on demand, with fast serialization identical to the generic one", () => {
    const ds = benchDataset({ execvisionCalls: 50, wordsPerCall: 300 });
    const calls = ds.execvision.calls as EvLazyCalls;
    expect(calls.kind).toBe("lazy");
    const store = new SimStore(ds, Date.now);
    for (const i of [0, 7, 49]) {
      const entry = calls.getByIndex(i);
      expect(entry.call.transcript).toHaveLength(300);
      expect(calls.indexOfId(entry.call.id)).toBe(i);
      for (const options of [{ transcripts: true, crmMatches: true, templates: true }, { transcripts: false, crmMatches: false, templates: false }]) {
        const fast = JSON.parse(Buffer.concat(calls.serializeByIndex!(i, options)).toString("utf8"));
        expect(fast).toEqual(projectCall(store, entry, options));
      }
    }
    expect(calls.indexOfId("00000000-be4c-4000-8000-000000000000")).toBe(-1);
    expect(calls.shiftDays(3).modifiedMsAt(5) - calls.modifiedMsAt(5)).toBe(3 * 86_400_000);
  });

  it("serves every call once through keyset paging, transcripts included", async () => {
    const headers = authHeaders(sims).execvision;
    const seen = new Set<string>();
    let lastId: string | null = null;
    const t0 = Date.now();
    for (let page = 0; page < 100; page++) {
      const res: { status: number; body: { id: string; transcript: EvWord[] }[] } = await get<{ id: string; transcript: EvWord[] }[]>(
        `${sims.baseUrls.execvision}${EV_API}/calls?since=2000-01-01T00:00Z&limit=100&include_transcripts=true${lastId ? `&last_id=${lastId}` : ""}`, headers,
      );
      expect(res.status).toBe(200);
      for (const call of res.body) {
        expect(call.transcript).toHaveLength(1500);
        seen.add(call.id);
      }
      if (res.body.length < 100) break;
      lastId = res.body[res.body.length - 1].id;
    }
    expect(seen.size).toBe(2000);
    // Loose on purpose (the client parses JSON too); bench-serve.ts measures the server alone.
    expect(Date.now() - t0).toBeLessThan(15_000);
    const one = await get(`${sims.baseUrls.execvision}${EV_API}/call/${lastId}`, headers);
    expect(one.body.transcript).toHaveLength(1500);
  });
});
