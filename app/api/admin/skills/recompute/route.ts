// POST /api/admin/skills/recompute {confirm: true} — rebuild the rollups from the current mapping (after a failure, or on request).
import { z } from "zod";
import { canManageUsers } from "@/lib/auth/roles";
import { recomputeAsAdmin } from "@/lib/data/skill-model";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

const recomputeSchema = z.object({ confirm: z.literal(true, { message: "must be true" }) }).strict();

export const POST = route({ access: canManageUsers, body: recomputeSchema, maxBodyBytes: 1024 }, ({ viewer }) => recomputeAsAdmin(viewer));
