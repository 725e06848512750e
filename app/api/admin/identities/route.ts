// GET /api/admin/identities — vendor identities and the reps they belong to (those on no team first), the reps to link to, and the latest changes.
import { canManageUsers } from "@/lib/auth/roles";
import { getPeople } from "@/lib/data/people";
import { route } from "@/lib/http/handler";
import { identityFilterSchema } from "@/lib/people/identities";

export const dynamic = "force-dynamic";

export const GET = route({ access: canManageUsers, query: identityFilterSchema }, ({ viewer, query }) => getPeople(viewer, query));
