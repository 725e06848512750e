// GET /api/me/settings — the signed-in user's own settings; PATCH — change them (the time zone their times are shown in).
import { getUserSettings, updateUserSettings } from "@/lib/data/user-settings";
import { route } from "@/lib/http/handler";
import { userSettingsPatchSchema } from "@/lib/settings";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in" }, ({ viewer }) => getUserSettings(viewer));

export const PATCH = route({ access: "signed-in", body: userSettingsPatchSchema, maxBodyBytes: 4096 }, ({ viewer, body }) => updateUserSettings(viewer, body));
