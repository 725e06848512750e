// The skill model for the admin's Skills page and its routes. Admins only.
import "server-only";
import type { z } from "zod";
import { canManageUsers, type Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { badRequest, forbidden } from "@/lib/http/errors";
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

function admin(viewer: Viewer): void {
  if (!canManageUsers(viewer)) throw forbidden();
}

async function told<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SkillInputError) throw badRequest(error.message);
    throw error;
  }
}

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
