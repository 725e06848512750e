// A rep's feedback requests on his calls, for the call page and its route.
// Every read and write first finds the call through the viewer's scope: a call
// he cannot open is "No such call", exactly as the call itself answers.
import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { FeedbackForbiddenError, FeedbackInputError, openFeedbackRequest, type RequestFeedbackInput, requestFeedback } from "@/lib/coaching/feedback";
import { getSql } from "@/lib/db";
import { toldAs } from "./admin-only";
import { type CallFeedback, callFeedbackSchema } from "./dto-review-queue";
import { requireVisibleCall } from "./get-call";

/** The call's open feedback request, if any. */
export async function getCallFeedback(viewer: Viewer, callId: number): Promise<CallFeedback> {
  const call = await requireVisibleCall(viewer, callId);
  return callFeedbackSchema.parse({ callId: Number(call.id), open: await openFeedbackRequest(await getSql(), call) });
}

/** The call's rep asks for feedback on it; answers the request written. */
export async function requestCallFeedback(viewer: Viewer, callId: number, input: RequestFeedbackInput): Promise<CallFeedback> {
  const call = await requireVisibleCall(viewer, callId);
  const open = await toldAs(async () => requestFeedback(await getSql(), call, viewer, input), { input: FeedbackInputError, refused: FeedbackForbiddenError });
  return callFeedbackSchema.parse({ callId: Number(call.id), open });
}
