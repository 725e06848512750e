// GET /api/calls/:callId/feedback — the call's open feedback request, if any;
// POST { note } — the call's rep asks for feedback on it: 201 and the request (400 while one is open).
import { requestFeedbackSchema } from "@/lib/coaching/feedback";
import { getCallFeedback, requestCallFeedback } from "@/lib/data/feedback";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** A 1000-character note, even with every character escaped in the JSON (six bytes), and the rest. */
const MAX_BODY_BYTES = 8_192;

export const GET = route({ access: "signed-in", params: callIdParams }, ({ viewer, params }) => getCallFeedback(viewer, params.callId));

export const POST = route({ access: "signed-in", params: callIdParams, body: requestFeedbackSchema, maxBodyBytes: MAX_BODY_BYTES }, async ({ viewer, params, body }) =>
  Response.json(await requestCallFeedback(viewer, params.callId, body), { status: 201 }),
);
