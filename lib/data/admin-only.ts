// What the data functions of admin pages and of the coaching loop share: the
// admin check, and a module's refusals turned into HTTP answers in words.
import "server-only";
import { canManageUsers, type Viewer } from "@/lib/auth/roles";
import { badRequest, forbidden, HttpError, notFound } from "@/lib/http/errors";

type ErrorClass = abstract new (...args: never[]) => Error;

export function requireAdmin(viewer: Viewer): void {
  if (!canManageUsers(viewer)) throw forbidden();
}

/** Runs work; an error of `input`'s class becomes a 400, of `refused`'s a 403, of `missing`'s a 404, each with its message. */
export async function toldAs<T>(work: () => Promise<T>, classes: { input: ErrorClass; refused?: ErrorClass; missing?: ErrorClass }): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof classes.input) throw badRequest(error.message);
    if (classes.refused && error instanceof classes.refused) throw new HttpError(403, "forbidden", error.message);
    if (classes.missing && error instanceof classes.missing) throw notFound(error.message);
    throw error;
  }
}
