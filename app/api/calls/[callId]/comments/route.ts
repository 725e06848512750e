// GET /api/calls/:callId/comments — the call's comment threads (Coachboard's and ExecVision's) and who may be mentioned;
// POST — a new comment at a moment or span, or a reply in a thread: 201, the call's threads and the comment written.
import { createCommentSchema } from "@/lib/coaching/comments";
import { createCallComment, getCallComments } from "@/lib/data/comments";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** A 4000-character body and a 500-character quote, even with every character escaped in the JSON (six bytes), and the rest. */
const MAX_BODY_BYTES = 32_768;

export const GET = route({ access: "signed-in", params: callIdParams }, ({ viewer, params }) => getCallComments(viewer, params.callId));

export const POST = route({ access: "signed-in", params: callIdParams, body: createCommentSchema, maxBodyBytes: MAX_BODY_BYTES }, async ({ viewer, params, body }) =>
  Response.json(await createCallComment(viewer, params.callId, body), { status: 201 }),
);
