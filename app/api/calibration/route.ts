// GET /api/calibration?days= — how far the AI's scores agree with people's on the same calls, per skill, AI vendor and team,
// over the viewer's teams (a manager) or every call (an admin); a rep is refused with a 403 in words.
import { calibrationQuery, getCalibration } from "@/lib/data/calibration";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", query: calibrationQuery }, ({ viewer, query }) => getCalibration(viewer, query));
