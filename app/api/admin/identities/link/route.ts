// POST /api/admin/identities/link — link a vendor identity to a rep; its calls follow it.
import { canManageUsers } from "@/lib/auth/roles";
import { linkIdentityAsAdmin } from "@/lib/data/people";
import { route } from "@/lib/http/handler";
import { linkIdentitySchema } from "@/lib/people/identities";

export const dynamic = "force-dynamic";

export const POST = route({ access: canManageUsers, body: linkIdentitySchema, maxBodyBytes: 4096 }, ({ viewer, body }) => linkIdentityAsAdmin(viewer, body));
