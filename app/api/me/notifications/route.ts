// GET /api/me/notifications?limit= — the signed-in user's inbox: mentions and replies, newest first (at most 50), and the unread count.
import { getInbox, inboxQuery } from "@/lib/data/notifications";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", query: inboxQuery }, ({ viewer, query }) => getInbox(viewer, query.limit));
