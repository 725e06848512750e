// Shared state for the per-vendor generators: the people with their vendor ids,
// the anchor, and helpers for prospects and per-call skill draws.
import { Rng } from "./prng";
import { FACETS, REPS, TEAMS, emailOf, repName, skillsAt, type RepDef, type Skills, type TeamDef } from "./org";
import { COMPANY_PREFIXES, FIRST_NAMES, LAST_NAMES, PRODUCT_BY_KEY, type Product } from "./products";
import type { RecordingManifestEntry } from "./manifest";

export interface Person { first: string; last: string; name: string; email: string }

export interface RepRuntime extends Person {
  index: number;
  def: RepDef;
  team: TeamDef;
  teamIndex: number;
  product: Product;
  evUserId: string;
  sfUserId: string | null;
  analysesRepId: string | null;
  revontRepId: string | null;
}

export interface ManagerRuntime extends Person { teamIndex: number; evUserId: string }

export interface Prospect { first: string; last: string; name: string; company: string; title: string; email: string; phone: string }

export interface GenContext {
  seed: number;
  anchorMs: number;
  reps: RepRuntime[];
  managers: ManagerRuntime[];
  /** the sales enablement lead: reviews calls across teams */
  enablement: Person & { evUserId: string };
  departmentIds: Record<string, string>;
  teamIds: string[];
  partnerOrgId: string;
  manifest: RecordingManifestEntry[];
  rng(label: string): Rng;
}

export function createContext(seed: number, anchorMs: number, manifest: RecordingManifestEntry[]): GenContext {
  const rng = (label: string) => new Rng(`${seed}:${label}`);
  const ids = rng("ids");
  const departmentIds: Record<string, string> = { "New Business": ids.uuid(), "Account Management": ids.uuid() };
  const teamIds = TEAMS.map(() => ids.uuid());
  const managers = TEAMS.map((team, teamIndex) => {
    const person = { first: team.manager.first, last: team.manager.last };
    return { ...person, name: repName(person), email: emailOf(person), teamIndex, evUserId: ids.uuid() };
  });
  const revontBase = anchorMs - 400 * 86_400_000;
  const reps = REPS.map((def, index): RepRuntime => {
    const team = TEAMS[def.team];
    return {
      first: def.first, last: def.last, name: repName(def), email: emailOf(def), index, def, team, teamIndex: def.team,
      product: PRODUCT_BY_KEY[def.product],
      evUserId: ids.uuid(),
      sfUserId: def.vendors.salesfinity ? ids.objectId(anchorMs - (500 - index * 13) * 86_400_000) : null,
      analysesRepId: def.vendors.analyses ? ids.uuid() : null,
      revontRepId: def.vendors.revont ? `user_${ids.ulid(revontBase + index * 7_200_000, 6)}` : null,
    };
  });
  const enablementPerson = { first: "Nadia", last: "Brennan" };
  return {
    seed, anchorMs, reps, managers, departmentIds, teamIds, manifest, rng,
    enablement: { ...enablementPerson, name: repName(enablementPerson), email: emailOf(enablementPerson), evUserId: ids.uuid() },
    partnerOrgId: ids.uuid(),
  };
}

export function randomProspect(rng: Rng, product: Product): Prospect {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const company = `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(product.companyWords)}`;
  const domain = company.toLowerCase().replace(/&/g, "and").replace(/[^a-z]+/g, "") + ".example";
  return {
    first, last, name: `${first} ${last}`, company, title: rng.pick(product.buyerTitles),
    email: `${first}.${last}@${domain}`.toLowerCase(),
    phone: `+1${rng.pick(["212", "312", "415", "617", "646", "702", "737", "919"])}555${rng.digits(4)}`,
  };
}

/** A call's skills: the rep's level at that moment plus call-to-call variation. */
export function callSkills(rng: Rng, rep: RepRuntime, atMs: number, anchorMs: number): Skills {
  const base = skillsAt(rep.def, atMs, anchorMs);
  const out = { ...base };
  for (const facet of FACETS) out[facet] = Math.max(15, Math.min(98, base[facet] + rng.normal(0, 5)));
  return out;
}

/** Picks reps for n calls, weighting some reps busier than others. */
export function assignReps(rng: Rng, reps: RepRuntime[], count: number): RepRuntime[] {
  const weights = reps.map(() => rng.float(0.75, 1.3));
  const total = weights.reduce((a, b) => a + b, 0);
  const out: RepRuntime[] = [];
  for (let i = 0; i < count; i++) {
    let roll = rng.next() * total;
    let k = 0;
    while (roll > weights[k] && k < reps.length - 1) roll -= weights[k++];
    out.push(reps[k]);
  }
  return out;
}
