// GET /api/admin/skills — Coachboard's skills, every vendor skill's mapping, and the recompute's progress.
// POST adds a skill; PATCH renames one or changes its description.
import { canManageUsers } from "@/lib/auth/roles";
import { addSkillAsAdmin, getSkillModel, updateSkillAsAdmin } from "@/lib/data/skill-model";
import { route } from "@/lib/http/handler";
import { addSkillSchema, skillPatchSchema } from "@/lib/skills/mapping";

export const dynamic = "force-dynamic";

export const GET = route({ access: canManageUsers }, ({ viewer }) => getSkillModel(viewer));
export const POST = route({ access: canManageUsers, body: addSkillSchema, maxBodyBytes: 4096 }, ({ viewer, body }) => addSkillAsAdmin(viewer, body));
export const PATCH = route({ access: canManageUsers, body: skillPatchSchema, maxBodyBytes: 4096 }, ({ viewer, body }) => updateSkillAsAdmin(viewer, body));
