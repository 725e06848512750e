// Webhooks from vendors without a list endpoint: the body is read up to a
// small cap, the signature checked on the raw bytes before anything is parsed,
// the id checked against the vendor's id format, the delivery recorded once
// (a replay is a no-op), and the caller told to fetch the record by id — the
// webhook is a hint, the GET is the truth.
import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { declaresBody, readBodyWithin } from "@/lib/http/body";
import { DatabaseBusyError } from "@/lib/db/sql";
import { busyResponse, errorResponse, HttpError } from "@/lib/http/errors";
import { describeZodError } from "@/lib/http/zod-error";
import { webhookIdSchemas, type WebhookVendor } from "./ids";

/** A webhook names one record; its documented bodies are a few hundred bytes. */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

const bodySchema = z.object({ id: z.string({ message: "must be a string" }).trim().min(1).max(200) }).loose();

export function signatureMatches(secret: string, rawBody: Uint8Array, header: string | null): boolean {
  const match = SIGNATURE.exec(header?.trim() ?? "");
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(rawBody).digest();
  const given = Buffer.from(match[1], "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WebhookContext {
  vendor: WebhookVendor;
  secret: string | undefined;
  sql: SqlConnection;
  /** Called once per new delivery: start fetching. Never awaited by the response. */
  onAccepted(vendor: WebhookVendor): void;
  now?: Date;
}

const badSignature = () => errorResponse(401, "bad_signature", "X-Coachboard-Signature does not match the body");

export async function handleWebhook(request: Request, ctx: WebhookContext): Promise<Response> {
  const response = await answerWebhook(request, ctx);
  // A body refused unread would keep arriving on a kept-alive connection; closing it stops the upload.
  if (!request.bodyUsed && declaresBody(request)) response.headers.set("connection", "close");
  return response;
}

async function answerWebhook(request: Request, ctx: WebhookContext): Promise<Response> {
  if (!ctx.secret) return errorResponse(503, "not_configured", `Webhooks for ${ctx.vendor} are not configured on this server`);
  const signature = request.headers.get("x-coachboard-signature");
  // No signature of the right shape: nothing the body says could be trusted, so it is not read.
  if (!SIGNATURE.test(signature?.trim() ?? "")) return badSignature();
  let raw: Uint8Array;
  try {
    raw = await readBodyWithin(request, MAX_WEBHOOK_BYTES);
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message, { connection: "close" });
    throw error;
  }
  if (!signatureMatches(ctx.secret, raw, signature)) return badSignature();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    return errorResponse(400, "bad_request", "The body must be JSON with a string id");
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return errorResponse(400, "bad_request", `Invalid body: ${describeZodError(body.error)}`);
  const id = webhookIdSchemas[ctx.vendor].safeParse(body.data.id);
  if (!id.success) return errorResponse(400, "bad_request", `Invalid body: id ${id.error.issues[0]?.message ?? "is not an id of this vendor"}`);
  const bodyHash = createHash("sha256").update(raw).digest("hex");
  let inserted: number;
  try {
    inserted = await ctx.sql.run(
      `INSERT INTO webhook_deliveries (vendor, body_hash, resource_id, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (vendor, body_hash) DO NOTHING`,
      [ctx.vendor, bodyHash, id.data, ctx.now ?? new Date()],
    );
  } catch (error) {
    // The vendor sends it again later: a 503 with Retry-After asks for exactly that.
    if (error instanceof DatabaseBusyError) return busyResponse(error);
    throw error;
  }
  if (inserted) ctx.onAccepted(ctx.vendor);
  return Response.json({ accepted: true, id: id.data, duplicate: inserted === 0 }, { status: 202 });
}
