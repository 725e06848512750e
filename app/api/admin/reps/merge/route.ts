// POST /api/admin/reps/merge — merge one rep into another: identities, calls and sign-in move, the merged rep goes.
import { canManageUsers } from "@/lib/auth/roles";
import { mergeRepsAsAdmin } from "@/lib/data/people";
import { route } from "@/lib/http/handler";
import { mergeRepsSchema } from "@/lib/people/identities";

export const dynamic = "force-dynamic";

export const POST = route({ access: canManageUsers, body: mergeRepsSchema, maxBodyBytes: 4096 }, ({ viewer, body }) => mergeRepsAsAdmin(viewer, body));
