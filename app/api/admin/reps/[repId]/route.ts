// PATCH /api/admin/reps/:repId — mark a rep as an AI agent (listed apart, never ranked among people) or as a person.
import { canManageUsers } from "@/lib/auth/roles";
import { setRepAgentAsAdmin } from "@/lib/data/people";
import { route } from "@/lib/http/handler";
import { repIdParams } from "@/lib/http/params";
import { repPatchSchema } from "@/lib/people/identities";

export const dynamic = "force-dynamic";

export const PATCH = route({ access: canManageUsers, params: repIdParams, body: repPatchSchema, maxBodyBytes: 4096 }, ({ viewer, params, body }) => setRepAgentAsAdmin(viewer, params.repId, body));
