// PATCH /api/calls/:callId/comments/:commentId — change the words (and mentions) of one's own comment;
// DELETE — delete one's own comment (it stays in its thread, marked deleted). Both answer the call's threads and the comment changed.
import { z } from "zod";
import { editCommentSchema } from "@/lib/coaching/comments";
import { deleteCallComment, editCallComment } from "@/lib/data/comments";
import { route } from "@/lib/http/handler";
import { idParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

const commentParams = z.object({ callId: idParam, commentId: idParam });

/** A 4000-character body and a 500-character quote, even with every character escaped in the JSON (six bytes), and the rest. */
const MAX_BODY_BYTES = 32_768;

export const PATCH = route({ access: "signed-in", params: commentParams, body: editCommentSchema, maxBodyBytes: MAX_BODY_BYTES }, ({ viewer, params, body }) =>
  editCallComment(viewer, params.callId, params.commentId, body),
);

export const DELETE = route({ access: "signed-in", params: commentParams }, ({ viewer, params }) => deleteCallComment(viewer, params.callId, params.commentId));
