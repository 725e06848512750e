// What a refused call told: the HTTP status and words of the HttpError it threw.
import { HttpError } from "@/lib/http/errors";

export async function refusal(work: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}
