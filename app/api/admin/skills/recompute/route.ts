// POST /api/admin/skills/recompute — rebuild the rollups from the current mapping (after a failure, or on request).
import { canManageUsers } from "@/lib/auth/roles";
import { recomputeAsAdmin } from "@/lib/data/skill-model";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const POST = route({ access: canManageUsers }, ({ viewer }) => recomputeAsAdmin(viewer));
