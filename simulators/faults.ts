// Fault injection: which requests fail, and how, is a pure function of the
// seed and the order requests arrive in.
import { Rng } from "./dataset/prng";
import type { FaultConfig, FaultKind, VendorName } from "./types";

export class FaultInjector {
  private config: FaultConfig | null = null;
  private rng = new Rng(0);

  set(config: FaultConfig | null) {
    if (config && (config.rate < 0 || config.rate > 1 || config.kinds.length === 0)) throw new Error("fault rate must be in [0, 1] with at least one kind");
    this.config = config ? { ...config, kinds: [...config.kinds] } : null;
    this.rng = new Rng(config?.seed ?? 1);
  }

  get hangMs(): number {
    return this.config?.hangMs ?? 30_000;
  }

  /** Recordings are never faulted; vendor APIs are when listed (all by default). */
  decide(vendor: VendorName | "recordings"): FaultKind | null {
    const c = this.config;
    if (!c || vendor === "recordings") return null;
    if (c.vendors && !c.vendors.includes(vendor)) return null;
    if (this.rng.next() >= c.rate) return null;
    return c.kinds[Math.floor(this.rng.next() * c.kinds.length)];
  }
}
