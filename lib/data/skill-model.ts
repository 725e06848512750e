// The skill model for the admin's Skills page and its routes. Admins only.
import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { requireAdmin, toldAs } from "./admin-only";
import {
  addSkill,
  type addSkillSchema,
  changeMappings,
  readSkillModel,
  requestRecompute,
  SkillInputError,
  type skillMappingChangesSchema,
  type skillPatchSchema,
  updateSkill,
} from "@/lib/skills/mapping";
import { recomputeInBackground } from "@/lib/skills/recompute";

const admin = requireAdmin;
const told = <T>(work: () => Promise<T>) => toldAs(work, { input: SkillInputError });

/** Dates as ISO strings, as the page and the route hand them on. */
export async function getSkillModel(viewer: Viewer) {
  admin(viewer);
  const model = await readSkillModel(await getSql());
  const { startedAt, finishedAt, ...recompute } = model.recompute;
  return { ...model, recompute: { ...recompute, startedAt: startedAt?.toISOString() ?? null, finishedAt: finishedAt?.toISOString() ?? null } };
}
export type SkillModelView = Awaited<ReturnType<typeof getSkillModel>>;

export async function changeMappingsAsAdmin(viewer: Viewer, input: z.infer<typeof skillMappingChangesSchema>) {
  admin(viewer);
  const result = await told(async () => changeMappings(await getSql(), viewer.userId, input));
  if (result.changed) recomputeInBackground(getSql);
  return getSkillModel(viewer);
}

export async function addSkillAsAdmin(viewer: Viewer, input: z.infer<typeof addSkillSchema>) {
  admin(viewer);
  await told(async () => addSkill(await getSql(), viewer.userId, input));
  return getSkillModel(viewer);
}

export async function updateSkillAsAdmin(viewer: Viewer, input: z.infer<typeof skillPatchSchema>) {
  admin(viewer);
  await told(async () => updateSkill(await getSql(), viewer.userId, input));
  return getSkillModel(viewer);
}

export async function recomputeAsAdmin(viewer: Viewer) {
  admin(viewer);
  await requestRecompute(await getSql(), viewer.userId);
  recomputeInBackground(getSql);
  return getSkillModel(viewer);
}
