// Variants mode: where a vendor doc is silent or ambiguous, the simulators
// serve every plausible reading of it, chosen by a seed, and act as a vendor
// whose API evolved since the doc was written (undocumented keys on every
// object, new enum values, optional fields missing or null). A connector that
// passes only against its own guess would pass nothing here. simulators/README.md
// lists each open point and the readings served.
//
// Without a seed every point takes its first reading: the doc as Coachboard's
// connectors were first written against it, and no evolution.
import { hashString } from "./dataset/prng";

export class Variants {
  constructor(readonly seed: number | null) {}

  get on(): boolean {
    return this.seed !== null;
  }

  /**
   * One reading of an account-wide open point (an endpoint's behaviour). Seeds
   * 0, 1, 2... take the readings in turn, so a few seeds cover every reading of
   * every point.
   */
  pick<T>(point: string, readings: readonly T[]): T {
    if (this.seed === null) return readings[0];
    return readings[(this.seed + hashString(point)) % readings.length];
  }

  /** One reading per record: a run mixes them. */
  pickFor<T>(point: string, id: string, readings: readonly T[]): T {
    if (this.seed === null) return readings[0];
    return readings[hashString(`${this.seed}|${point}|${id}`) % readings.length];
  }

  /** True for about `share` of the records (never without a seed). */
  chance(point: string, id: string, share: number): boolean {
    if (this.seed === null) return false;
    return hashString(`${this.seed}|${point}|${id}`) / 4294967296 < share;
  }

  /**
   * The value with one undocumented key added to every object in it, at every
   * depth (array elements included). The key and its value depend on the seed
   * and the path, so the same record is always served the same.
   */
  evolve<T>(value: T, id: string): T {
    if (this.seed === null) return value;
    return addKeys(value, `${this.seed}|${id}`, 0) as T;
  }
}

const ADDED_KEYS = ["x_schema_rev", "_links", "internal_ref", "tenantTag"];

function addKeys(value: unknown, path: string, depth: number): unknown {
  if (Array.isArray(value)) return value.map((element, i) => addKeys(element, `${path}.${i}`, depth + 1));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = addKeys(inner, `${path}.${key}`, depth + 1);
  const h = hashString(path);
  const key = ADDED_KEYS[h % ADDED_KEYS.length];
  if (!(key in out)) out[key] = h % 3 === 0 ? h % 1000 : h % 3 === 1 ? `r${h % 97}` : { rev: h % 7, at: depth };
  return out;
}
