import type { z } from "zod";

/** "limit: Too big: expected number to be <=100; from: Invalid ISO date" */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join(".") || "request"}: ${issue.message}`).join("; ");
}
