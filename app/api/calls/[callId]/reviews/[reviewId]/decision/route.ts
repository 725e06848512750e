// POST /api/calls/:callId/reviews/:reviewId/decision — a manager or admin accepts ({ decision: "accept", newScore })
// or rejects ({ decision: "reject", reason }) an open dispute; answers the call's scores and the dispute decided.
import { z } from "zod";
import { decisionSchema } from "@/lib/coaching/score-reviews";
import { decideCallDispute } from "@/lib/data/score-reviews";
import { route } from "@/lib/http/handler";
import { idParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

const reviewParams = z.object({ callId: idParam, reviewId: idParam });

/** A 1000-character reason, even with every character escaped in the JSON (six bytes), and the rest. */
const MAX_BODY_BYTES = 8_192;

export const POST = route({ access: "signed-in", params: reviewParams, body: decisionSchema, maxBodyBytes: MAX_BODY_BYTES }, ({ viewer, params, body }) =>
  decideCallDispute(viewer, params.callId, params.reviewId, body),
);
