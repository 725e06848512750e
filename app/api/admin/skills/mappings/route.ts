// PATCH /api/admin/skills/mappings — map vendor skills onto Coachboard skills (or none); queues the rollups' recompute.
import { canManageUsers } from "@/lib/auth/roles";
import { changeMappingsAsAdmin } from "@/lib/data/skill-model";
import { route } from "@/lib/http/handler";
import { skillMappingChangesSchema } from "@/lib/skills/mapping";

export const dynamic = "force-dynamic";

export const PATCH = route({ access: canManageUsers, body: skillMappingChangesSchema, maxBodyBytes: 128 * 1024 }, ({ viewer, body }) => changeMappingsAsAdmin(viewer, body));
