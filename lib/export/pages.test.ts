import { describe, expect, it } from "vitest";
import { exportPageSize, keysetPages } from "./pages";

/** Rows with these ids, read as keysetPages asks, with every read noted. */
function table(ids: number[]) {
  const reads: { after: number; limit: number }[] = [];
  const read = async (after: number, limit: number) => {
    reads.push({ after, limit });
    return ids.filter((id) => id > after).slice(0, limit).map((id) => ({ id }));
  };
  return { reads, read };
}

async function collect<T>(pages: AsyncGenerator<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe("keysetPages", () => {
  it("reads on from the last id of each page, and stops at a short page without another read", async () => {
    const { reads, read } = table([3, 5, 8, 13, 21]);
    const pages = await collect(keysetPages(2, read));
    expect(pages.map((page) => page.map((row) => row.id))).toEqual([[3, 5], [8, 13], [21]]);
    expect(reads).toEqual([{ after: 0, limit: 2 }, { after: 5, limit: 2 }, { after: 13, limit: 2 }]);
  });

  it("stops at an empty page when the last page was full", async () => {
    const { reads, read } = table([1, 2, 3, 4]);
    expect((await collect(keysetPages(2, read))).length).toBe(2);
    expect(reads.map((r) => r.after)).toEqual([0, 2, 4]);
  });

  it("takes ids that come back from the database as strings", async () => {
    const reads: number[] = [];
    const pages = keysetPages(1, async (after) => (reads.push(after), after < 7 ? [{ id: "7" }] : []));
    expect(await collect(pages)).toEqual([[{ id: "7" }]]);
    expect(reads).toEqual([0, 7]);
  });
});

describe("exportPageSize", () => {
  it("keeps the asked size between 1 and 1000, 500 when not given", () => {
    expect([exportPageSize(undefined), exportPageSize(0), exportPageSize(2.7), exportPageSize(5000), exportPageSize(Number.NaN)]).toEqual([500, 1, 2, 1000, 500]);
  });
});
