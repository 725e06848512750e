// PATCH /api/admin/users/:userId — change a user's name, role, teams, linked rep, or disable them.
import { z, ZodError } from "zod";
import { canManageUsers } from "@/lib/auth/roles";
import { userRowSchema } from "@/lib/data/dto";
import { getSql } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { describeZodError, route } from "@/lib/http/handler";
import { idParam } from "@/lib/http/params";
import { readUserRows, updateUser, UserExistsError, UserInputError, UserNotFoundError, userPatchSchema } from "@/lib/people/users";

export const dynamic = "force-dynamic";

const userIdParams = z.object({ userId: idParam });

export const PATCH = route({ access: canManageUsers, params: userIdParams, body: userPatchSchema, maxBodyBytes: 16_384 }, async ({ viewer, params, body }) => {
  const sql = await getSql();
  try {
    await updateUser(sql, viewer.userId, params.userId, body);
  } catch (error) {
    if (error instanceof UserNotFoundError) throw new HttpError(404, "not_found", error.message);
    if (error instanceof UserExistsError) throw new HttpError(409, "exists", error.message);
    if (error instanceof UserInputError) throw new HttpError(400, "bad_request", error.message);
    if (error instanceof ZodError) throw new HttpError(400, "bad_request", describeZodError(error));
    throw error;
  }
  const [user] = await readUserRows(sql, params.userId);
  return userRowSchema.parse(user);
});
