// People admin for the pages and routes: vendor identities and the reps they
// belong to, linking, merging, marking agents, and the audit trail. Admins only.
import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { requireAdmin, toldAs } from "./admin-only";
import { listAudit } from "@/lib/people/audit";
import {
  type IdentityFilter,
  linkIdentity,
  type linkIdentitySchema,
  listIdentities,
  listRepChoices,
  mergeReps,
  type mergeRepsSchema,
  PeopleInputError,
  PeopleNotFoundError,
  type repPatchSchema,
  setRepAgent,
} from "@/lib/people/identities";

const admin = requireAdmin;

/** The people module's refusals as HTTP answers: 400 and 404 in words. */
const told = <T>(work: () => Promise<T>) => toldAs(work, { input: PeopleInputError, missing: PeopleNotFoundError });

/** The admin's People panel: a page of identities, the reps to link them to, and the latest changes. */
export type People = Awaited<ReturnType<typeof getPeople>>;

export async function getPeople(viewer: Viewer, filter: IdentityFilter) {
  admin(viewer);
  const sql = await getSql();
  const [identities, reps, audit] = await Promise.all([listIdentities(sql, filter), listRepChoices(sql), listAudit(sql, { limit: 20 })]);
  return { ...identities, reps, audit: audit.map((e) => ({ ...e, at: e.at.toISOString() })) };
}

export async function linkIdentityAsAdmin(viewer: Viewer, input: z.input<typeof linkIdentitySchema>) {
  admin(viewer);
  return told(async () => linkIdentity(await getSql(), viewer.userId, input));
}

export async function mergeRepsAsAdmin(viewer: Viewer, input: z.input<typeof mergeRepsSchema>) {
  admin(viewer);
  return told(async () => mergeReps(await getSql(), viewer.userId, input));
}

export async function setRepAgentAsAdmin(viewer: Viewer, repId: number, input: z.input<typeof repPatchSchema>) {
  admin(viewer);
  await told(async () => setRepAgent(await getSql(), viewer.userId, repId, input));
  return { repId, isAgent: input.isAgent };
}
