// PostgreSQL may end one of two transactions that wait on each other
// (deadlock, 40P01) or that cannot be put in any order (serialization, 40001).
// Its advice: run the loser again. A transaction rolled back left nothing
// behind, so a whole transaction, with nothing done outside it, can simply be
// run again after a short, random wait.

/** Whether the database ended the transaction only for colliding with another: running it again can succeed. */
export function isTransientConflict(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "40P01" || code === "40001";
}

/**
 * Runs `transaction` (which must open and commit a transaction of its own and
 * change nothing outside it) until it is not ended by a conflict, at most
 * `attempts` times; waits of 20-40, 40-80, 80-160 ms... between.
 */
export async function retryConflicts<T>(transaction: () => Promise<T>, attempts = 5, wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isTransientConflict(error) || attempt >= attempts) throw error;
      const base = 20 * 2 ** (attempt - 1);
      await wait(base + Math.random() * base);
    }
  }
}
