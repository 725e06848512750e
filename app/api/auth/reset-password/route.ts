// POST /api/auth/reset-password — choose a new password through a one-time link; no sign-in needed (the token is the proof).
import { ZodError } from "zod";
import { getSql } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { describeZodError, route } from "@/lib/http/handler";
import { ResetLinkError, resetPassword, resetPasswordSchema } from "@/lib/people/password-reset";

export const dynamic = "force-dynamic";

export const POST = route({ access: "public", body: resetPasswordSchema, maxBodyBytes: 4096 }, async ({ body }) => {
  try {
    await resetPassword(await getSql(), body.token, body.password);
  } catch (error) {
    if (error instanceof ResetLinkError) throw new HttpError(400, "link_expired", error.message);
    if (error instanceof ZodError) throw new HttpError(400, "bad_request", describeZodError(error));
    throw error;
  }
  return new Response(null, { status: 204 });
});
