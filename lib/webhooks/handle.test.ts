import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { createSqliteDatabase, type TestDatabase } from "@/lib/testing/databases";
import { streamedBody, streamedRequest } from "@/lib/testing/streamed-body";
import { handleWebhook, MAX_WEBHOOK_BYTES } from "./handle";
import type { WebhookVendor } from "./ids";

const SECRET = "webhook-secret";
const ID = "3f2b8c1e-9a4d-4e6b-8c2f-1d5e7a9b0c3d";
const sign = (body: string | Uint8Array) => `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;

let database: TestDatabase;
let sql: SqlConnection;
let accepted: WebhookVendor[];

beforeAll(async () => {
  database = createSqliteDatabase();
  await applyMigrations(database.url);
  sql = await openSql(database.url);
});
afterAll(async () => {
  await sql?.close();
  await database?.drop();
});
beforeEach(async () => {
  accepted = [];
  await sql.run(`DELETE FROM webhook_deliveries`);
});

const deliveries = () => sql.all<{ vendor: string; resource_id: string }>(`SELECT vendor, resource_id FROM webhook_deliveries ORDER BY id`);

function deliver(vendor: WebhookVendor, request: Request) {
  return handleWebhook(request, { vendor, secret: SECRET, sql, onAccepted: (v) => accepted.push(v) });
}

function post(vendor: WebhookVendor, body: string, signature = sign(body)) {
  return deliver(vendor, new Request(`http://app.test/api/webhooks/${vendor}`, { method: "POST", headers: { "content-type": "application/json", "x-coachboard-signature": signature }, body }));
}

async function envelope(response: Response) {
  return (await response.json()) as { error: { code: string; message: string } };
}

describe("handleWebhook", () => {
  it("records a signed delivery with a UUID once, and a replay changes nothing", async () => {
    const body = JSON.stringify({ id: ID, event: "analysis.completed" });
    const first = await post("analyses", body);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ accepted: true, id: ID, duplicate: false });
    expect(await (await post("analyses", body)).json()).toMatchObject({ duplicate: true });
    expect(await deliveries()).toEqual([{ vendor: "analyses", resource_id: ID }]);
    expect(accepted).toEqual(["analyses"]);
  });

  it("refuses ids that are not the vendor's UUIDs with 400, signed or not, and records nothing", async () => {
    for (const vendor of ["analyses", "voice-agent"] as const) {
      for (const id of ["..", ".", "../..", `${ID}/..`, `${ID}/../../admin`, "a/b", "%2e%2e", `${ID}?page=2`, "123", `${ID}x`]) {
        const response = await post(vendor, JSON.stringify({ id }));
        expect(response.status, `${vendor} ${id}`).toBe(400);
        expect(await envelope(response)).toEqual({ error: { code: "bad_request", message: expect.stringMatching(/^Invalid body: id must be a UUID/) } });
      }
    }
    expect(await deliveries()).toEqual([]);
    expect(accepted).toEqual([]);
  });

  it("refuses a bad signature with 401 before parsing: a body that is not even JSON gets 401, not 400", async () => {
    for (const [body, signature] of [
      ["not json at all", sign("something else")],
      [JSON.stringify({ id: ID }), sign(JSON.stringify({ id: ID, extra: 1 }))],
      [JSON.stringify({ id: ID }), "sha256=zz"],
      [JSON.stringify({ id: ID }), ""],
    ]) {
      const response = await post("voice-agent", body, signature);
      expect(response.status).toBe(401);
      expect((await envelope(response)).error.code).toBe("bad_signature");
    }
    expect(await deliveries()).toEqual([]);
  });

  it("does not read the body of a delivery without a signature header", async () => {
    const body = streamedBody(300 * 1024 * 1024);
    const response = await deliver("analyses", streamedRequest("http://app.test/api/webhooks/analyses", body, { headers: { "content-type": "application/json" } }));
    expect(response.status).toBe(401);
    expect(body.pulled).toBe(0);
    expect(response.headers.get("connection")).toBe("close");
  });

  it("stops reading past 64 KB and answers 413, signature or not", async () => {
    const body = streamedBody(300 * 1024 * 1024);
    const response = await deliver(
      "analyses",
      streamedRequest("http://app.test/api/webhooks/analyses", body, { headers: { "content-type": "application/json", "x-coachboard-signature": sign("whatever") } }),
    );
    expect(response.status).toBe(413);
    expect(await envelope(response)).toEqual({ error: { code: "too_large", message: "The body is larger than the 64 KB this endpoint accepts" } });
    expect(body.pulled).toBeLessThanOrEqual(MAX_WEBHOOK_BYTES + 64 * 1024);
    expect(response.headers.get("connection")).toBe("close");

    // Signed and valid, but padded past the cap: still refused.
    const padded = JSON.stringify({ id: ID, padding: "x".repeat(MAX_WEBHOOK_BYTES) });
    expect((await post("analyses", padded)).status).toBe(413);
    expect(await deliveries()).toEqual([]);
  });

  it("answers 400 in words for a signed body that is not JSON or has no id", async () => {
    const notJson = await post("analyses", "{oops");
    expect(notJson.status).toBe(400);
    expect((await envelope(notJson)).error.message).toBe("The body must be JSON with a string id");
    const noId = await post("analyses", JSON.stringify({ event: "analysis.completed" }));
    expect(noId.status).toBe(400);
    expect((await envelope(noId)).error.message).toMatch(/^Invalid body: id: /);
    expect(await deliveries()).toEqual([]);
  });
});
