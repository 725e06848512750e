// POST /api/me/notifications/read — mark the signed-in user's notices read: { ids: [...] } (at most 200) or { all: true }; answers the inbox.
import { markNotificationsRead, markReadSchema } from "@/lib/data/notifications";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const POST = route({ access: "signed-in", body: markReadSchema, maxBodyBytes: 8192 }, ({ viewer, body }) => markNotificationsRead(viewer, body));
