import { describe, expect, it } from "vitest";
import { csvHeaderOf, csvResponse, csvRowOf } from "./csv-columns";

/** A thousand rows, counting how many were asked for and whether the reader let go. */
function countedRows() {
  const seen = { rows: 0, closed: false };
  async function* rows() {
    try {
      for (let i = 1; i <= 1000; i++) {
        seen.rows++;
        yield { id: i, name: `row ${i}` };
      }
    } finally {
      seen.closed = true;
    }
  }
  return { seen, rows: rows() };
}

describe("csvResponse", () => {
  it("is a CSV download of that name", () => {
    const { rows } = countedRows();
    const response = csvResponse("calls.csv", csvHeaderOf(["id", "name"]), rows, (row) => csvRowOf(["id", "name"], row));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="calls.csv"');
  });

  it("reads rows only as the client takes the body, and lets go of them when the client stops", async () => {
    const { seen, rows } = countedRows();
    const reader = csvResponse("x.csv", csvHeaderOf(["id", "name"]), rows, (row) => csvRowOf(["id", "name"], row)).body!.getReader();
    const text = new TextDecoder();
    expect(text.decode((await reader.read()).value)).toBe("id,name\n");
    expect(text.decode((await reader.read()).value)).toBe("1,row 1\n");
    // The stream asks one chunk ahead at most; nowhere near the thousand rows.
    expect(seen.rows).toBeLessThanOrEqual(3);
    await reader.cancel();
    expect(seen.closed).toBe(true);
  });
});
