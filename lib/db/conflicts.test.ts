import { describe, expect, it } from "vitest";
import { isTransientConflict, retryConflicts } from "./conflicts";

const conflict = (code: string) => Object.assign(new Error(code === "40P01" ? "deadlock detected" : "could not serialize access"), { code });

describe("retryConflicts", () => {
  it("runs a transaction ended by a deadlock or a serialization failure again, after a growing wait", async () => {
    const waits: number[] = [];
    let runs = 0;
    const result = await retryConflicts(
      async () => {
        runs++;
        if (runs === 1) throw conflict("40P01");
        if (runs === 2) throw conflict("40001");
        return "committed";
      },
      5,
      async (ms) => void waits.push(ms),
    );
    expect(result).toBe("committed");
    expect(runs).toBe(3);
    expect(waits[0]).toBeGreaterThanOrEqual(20);
    expect(waits[0]).toBeLessThan(40);
    expect(waits[1]).toBeGreaterThanOrEqual(40);
    expect(waits[1]).toBeLessThan(80);
  });

  it("gives up after the last attempt, and never runs again for any other error", async () => {
    let runs = 0;
    await expect(
      retryConflicts(async () => {
        runs++;
        throw conflict("40P01");
      }, 3, async () => {}),
    ).rejects.toThrow("deadlock detected");
    expect(runs).toBe(3);
    runs = 0;
    await expect(
      retryConflicts(async () => {
        runs++;
        throw Object.assign(new Error("duplicate key"), { code: "23505" });
      }, 3, async () => {}),
    ).rejects.toThrow("duplicate key");
    expect(runs).toBe(1);
  });

  it("knows a conflict by PostgreSQL's code only", () => {
    expect(isTransientConflict(conflict("40P01"))).toBe(true);
    expect(isTransientConflict(conflict("40001"))).toBe(true);
    expect(isTransientConflict(new Error("deadlock detected"))).toBe(false);
    expect(isTransientConflict(null)).toBe(false);
  });
});
