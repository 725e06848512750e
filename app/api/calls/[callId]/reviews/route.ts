// GET /api/calls/:callId/reviews — each score of the call: the vendor's value, the effective one, and its reviews;
// POST — a manager's override ({ kind: "override", … }) or the rep's dispute ({ kind: "dispute", … }): 201, the call's scores and the review written.
import { createReviewSchema } from "@/lib/coaching/score-reviews";
import { createCallReview, getCallReviews } from "@/lib/data/score-reviews";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** A 1000-character reason and a 500-character quote, even with every character escaped in the JSON (six bytes), and the rest. */
const MAX_BODY_BYTES = 16_384;

export const GET = route({ access: "signed-in", params: callIdParams }, ({ viewer, params }) => getCallReviews(viewer, params.callId));

export const POST = route({ access: "signed-in", params: callIdParams, body: createReviewSchema, maxBodyBytes: MAX_BODY_BYTES }, async ({ viewer, params, body }) =>
  Response.json(await createCallReview(viewer, params.callId, body), { status: 201 }),
);
