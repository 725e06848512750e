// GET /api/calls — the calls the viewer may see, filtered, searched and paginated in the database.
import { callsQuery, listCalls } from "@/lib/data/list-calls";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", query: callsQuery }, ({ viewer, query }) => listCalls(viewer, query));
