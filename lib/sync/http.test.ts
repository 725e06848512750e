import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AnalysesClient } from "@/lib/vendors/analyses/client";
import { VoiceAgentClient } from "@/lib/vendors/voice-agent/client";
import { NotFoundError } from "./errors";
import { VendorHttp } from "./http";

let server: Server;
let baseUrl: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? "");
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "from-the-server" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  requested.length = 0;
});

describe("VendorHttp: ids in paths", () => {
  it("never requests a path an id moves off its endpoint, and answers as for a record the vendor does not have", async () => {
    const http = new VendorHttp({ vendor: "voice-agent", baseUrl, headers: { authorization: "Bearer key" }, credentialNames: ["VOICE_AGENT_API_KEY"] });
    for (const id of ["..", ".", "%2e%2E", ".%2e", "", "a/b", "a\\b", "..%2fadmin"]) {
      const path = `/calls/${id.includes("%") ? id : encodeURIComponent(id)}`;
      expect(() => http.url(path), JSON.stringify(id)).toThrow(NotFoundError);
      await expect(http.getJson(path)).rejects.toThrow(NotFoundError);
    }
    expect(requested).toEqual([]);
  });

  it("leaves ordinary ids, dots inside them and queries alone", async () => {
    const http = new VendorHttp({ vendor: "revont", baseUrl, headers: {}, credentialNames: ["REVONT_API_KEY"] });
    expect(http.url(`/calls/${encodeURIComponent("call.v2..final")}`, { cursor: "../x" })).toBe(`${baseUrl}/calls/call.v2..final?cursor=..%2Fx`);
    expect(await http.getJson("/calls/3f2b8c1e-9a4d-4e6b-8c2f-1d5e7a9b0c3d")).toEqual({ id: "from-the-server" });
    expect(requested).toEqual(["/api/calls/3f2b8c1e-9a4d-4e6b-8c2f-1d5e7a9b0c3d"]);
  });

  it("keeps the by-id clients on their endpoint: a '..' id is a missing record, not a request to the API's root", async () => {
    expect(await new AnalysesClient({ baseUrl, token: "t" }).getAnalysis("..")).toBeNull();
    expect(await new VoiceAgentClient({ baseUrl, apiKey: "k" }).getCall("..")).toBeNull();
    expect(await new VoiceAgentClient({ baseUrl, apiKey: "k" }).getCall("../../admin")).toBeNull();
    expect(requested).toEqual([]);
  });
});
