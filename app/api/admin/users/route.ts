// GET /api/admin/users — users, reps and teams; POST — create a user.
import { ZodError } from "zod";
import { canManageUsers } from "@/lib/auth/roles";
import { createUser, listUsers } from "@/lib/data/admin";
import { HttpError } from "@/lib/http/errors";
import { describeZodError, route } from "@/lib/http/handler";
import { newUserSchema, UserExistsError, UserInputError } from "@/lib/people/users";

export const dynamic = "force-dynamic";

export const GET = route({ access: canManageUsers }, ({ viewer }) => listUsers(viewer));

export const POST = route({ access: canManageUsers, body: newUserSchema }, async ({ viewer, body }) => {
  try {
    return Response.json(await createUser(viewer, body), { status: 201 });
  } catch (error) {
    if (error instanceof UserExistsError) throw new HttpError(409, "exists", error.message);
    if (error instanceof UserInputError) throw new HttpError(400, "bad_request", error.message);
    if (error instanceof ZodError) throw new HttpError(400, "bad_request", describeZodError(error));
    throw error;
  }
});
