// GET /api/calls/:callId/reviewed — who marked the call reviewed;
// POST (no body) — a manager or admin marks it reviewed, answering its open feedback requests.
import { getCallReviewState, markCallReviewed } from "@/lib/data/review-queue";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", params: callIdParams }, ({ viewer, params }) => getCallReviewState(viewer, params.callId));

export const POST = route({ access: "signed-in", params: callIdParams }, ({ viewer, params }) => markCallReviewed(viewer, params.callId));
