// POST /api/admin/users/:userId/password-reset — a one-time link for the user to choose a new password (valid 24 hours; voids earlier ones).
import { z } from "zod";
import { canManageUsers } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { idParam } from "@/lib/http/params";
import { createPasswordReset } from "@/lib/people/password-reset";
import { UserNotFoundError } from "@/lib/people/users";

export const dynamic = "force-dynamic";

const userIdParams = z.object({ userId: idParam });

export const POST = route({ access: canManageUsers, params: userIdParams }, async ({ viewer, params }) => {
  try {
    const { token, expiresAt } = await createPasswordReset(await getSql(), viewer.userId, params.userId);
    // The link is shown once, to the admin who asked: nothing may keep a copy on the way.
    return Response.json({ url: `/reset-password?token=${token}`, expiresAt: expiresAt.toISOString() }, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof UserNotFoundError) throw new HttpError(404, "not_found", error.message);
    throw error;
  }
});
