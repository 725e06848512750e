// The address sign-ins are throttled by: the connection's, stamped by the
// server over anything a client sent; X-Forwarded-For only as far as the
// configured proxies wrote it.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER, peerAddressStamped } from "./client-address";

describe("the client's address", () => {
  const direct = { proxies: 0, stamped: true };

  it("is the stamped connection address, whatever X-Forwarded-For claims", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "::ffff:203.0.113.9", "x-forwarded-for": "198.51.100.1" }, direct)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "2001:DB8::1" }), direct)).toBe("2001:db8::1");
  });

  it("is unknown where no server stamped it, or what is there is no address", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "203.0.113.9" }, { proxies: 0, stamped: false })).toBeNull();
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "not-an-address" }, direct)).toBeNull();
    expect(clientAddress({}, direct)).toBeNull();
  });

  it("behind proxies, is the entry the outermost trusted proxy added", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2", [PEER_ADDRESS_HEADER]: "10.0.0.3" };
    expect(clientAddress(headers, { proxies: 1, stamped: true })).toBe("10.0.0.2");
    expect(clientAddress(headers, { proxies: 2, stamped: true })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, { proxies: 2, stamped: true })).toBeNull();
  });
});

describe("the server's stamp", () => {
  it("overwrites a client's header of the same name with the connection's address", async () => {
    await import(pathToFileURL(path.resolve("scripts", "lib", "peer-address.mjs")).href);
    expect(peerAddressStamped()).toBe(true);
    const server = http.createServer((request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER])));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: { [PEER_ADDRESS_HEADER]: "198.51.100.1" } });
      expect(clientAddress({ [PEER_ADDRESS_HEADER]: await response.text() }, { proxies: 0, stamped: true })).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
