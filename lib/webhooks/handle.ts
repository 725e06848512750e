// Webhooks from vendors without a list endpoint: the signature is checked on
// the raw body, the delivery recorded once (a replay is a no-op), and the
// caller told to fetch the record by id — the webhook is a hint, the GET is
// the truth.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import type { Vendor } from "@/lib/domain/vendors";
import { errorResponse } from "@/lib/http/errors";

const bodySchema = z.object({ id: z.string().trim().min(1).max(200) }).loose();

export function signatureMatches(secret: string, rawBody: Buffer, header: string | null): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? "");
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(rawBody).digest();
  const given = Buffer.from(match[1], "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WebhookContext {
  vendor: Vendor;
  secret: string | undefined;
  sql: SqlConnection;
  /** Called once per new delivery: start fetching. Never awaited by the response. */
  onAccepted(vendor: Vendor): void;
  now?: Date;
}

export async function handleWebhook(request: Request, ctx: WebhookContext): Promise<Response> {
  if (!ctx.secret) return errorResponse(503, "not_configured", `Webhooks for ${ctx.vendor} are not configured on this server`);
  const raw = Buffer.from(await request.arrayBuffer());
  if (!signatureMatches(ctx.secret, raw, request.headers.get("x-coachboard-signature"))) {
    return errorResponse(401, "bad_signature", "X-Coachboard-Signature does not match the body");
  }
  let id: string;
  try {
    id = bodySchema.parse(JSON.parse(raw.toString("utf8"))).id;
  } catch {
    return errorResponse(400, "bad_request", "The body must be JSON with a string id");
  }
  const bodyHash = createHash("sha256").update(raw).digest("hex");
  const inserted = await ctx.sql.run(
    `INSERT INTO webhook_deliveries (vendor, body_hash, resource_id, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (vendor, body_hash) DO NOTHING`,
    [ctx.vendor, bodyHash, id, ctx.now ?? new Date()],
  );
  if (inserted) ctx.onAccepted(ctx.vendor);
  return Response.json({ accepted: true, id, duplicate: inserted === 0 }, { status: 202 });
}
