// Requests to a URL someone else gave us (a vendor's recording link). A vendor
// record is outside input: its URL may name our own network, so every hop is
// checked for scheme, allowlist and the address the socket really connects to
// (checked inside the DNS lookup, so a name cannot resolve one way for the
// check and another for the connection).
import "server-only";
import { type LookupAddress, promises as dns } from "node:dns";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import type { AllowedHost } from "@/lib/env";

/** The URL may not be fetched; the message is for the server log, not the client. */
export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutboundRefused";
  }
}

/** The host could not be reached or did not answer in time. */
export class OutboundFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutboundFailed";
  }
}

const V4_FORBIDDEN: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, with the cloud metadata service at 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3], // multicast, reserved and broadcast
];

const FORBIDDEN = new BlockList();
for (const [network, prefix] of V4_FORBIDDEN) {
  // BlockList matches IPv4-mapped IPv6 (::ffff:a.b.c.d) against these too.
  FORBIDDEN.addSubnet(network, prefix, "ipv4");
  // NAT64 and 6to4 carry an IPv4 address inside an IPv6 one; a gateway would forward to it.
  const [a, b, c, d] = network.split(".").map(Number);
  const high = ((a << 8) | b).toString(16);
  const low = ((c << 8) | d).toString(16);
  FORBIDDEN.addSubnet(`64:ff9b::${high}:${low}`, 96 + prefix, "ipv6");
  FORBIDDEN.addSubnet(`2002:${high}:${low}::`, 16 + prefix, "ipv6");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback and the old IPv4-compatible form
  ["64:ff9b:1::", 48], // local-use NAT64
  ["2001::", 32], // Teredo, which hides an IPv4 address
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local
  ["ff00::", 8], // multicast
] as const) {
  FORBIDDEN.addSubnet(network, prefix, "ipv6");
}

/** Whether an address is inside a private, loopback, link-local, metadata or otherwise non-public range (or not an IP at all). */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return FORBIDDEN.check(address, family === 4 ? "ipv4" : "ipv6");
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/** A socket lookup that refuses a name if any of its addresses is forbidden. */
function guardedLookup(resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const bad = found.find((a) => isForbiddenAddress(a.address));
        if (bad) return callback(new OutboundRefused(`${hostname} resolves to a non-public address (${bad.address})`), "", 0);
        const usable = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (!usable.length) return callback(new OutboundFailed(`${hostname} has no address`), "", 0);
        if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, usable);
        callback(null, usable[0].address, usable[0].family);
      },
      (error: Error) => callback(new OutboundFailed(`${hostname} could not be resolved: ${error.message}`), "", 0),
    );
  };
}

function effectivePort(url: URL): number {
  return Number(url.port || (url.protocol === "https:" ? 443 : 80));
}

/** The allowlist entry that admits this URL's host and port, if any. */
export function findAllowedHost(url: URL, allowlist: AllowedHost[]): AllowedHost | undefined {
  const port = effectivePort(url);
  return allowlist.find(
    (entry) => (entry.port === null || entry.port === port) && (entry.wildcard ? url.hostname.endsWith(`.${entry.host}`) : url.hostname === entry.host),
  );
}

/**
 * Checks one hop before connecting: scheme, allowlist, and an IP literal's
 * address. A name's addresses are checked when the socket looks them up.
 */
export function checkOutboundUrl(url: URL, allowlist: AllowedHost[] | null): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundRefused(`the scheme ${url.protocol} is not http(s)`);
  if (url.username || url.password) throw new OutboundRefused("the URL carries credentials");
  const entry = allowlist ? findAllowedHost(url, allowlist) : undefined;
  if (allowlist && !entry) throw new OutboundRefused(`${url.host} is not on the allowlist`);
  const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(literal)) {
    // An IP an admin wrote down is the one way to reach a private address (the demo's simulator on 127.0.0.1).
    if (!entry?.ipLiteral && isForbiddenAddress(literal)) throw new OutboundRefused(`${literal} is not a public address`);
    return;
  }
  if (url.hostname === "localhost" || url.hostname.endsWith(".localhost")) throw new OutboundRefused(`${url.hostname} is this machine`);
}

export interface OutboundOptions {
  /** null: any public host */
  allowlist: AllowedHost[] | null;
  headers: Record<string, string>;
  maxRedirects: number;
  /** from sending the request to the response's headers, per hop */
  firstByteTimeoutMs: number;
  signal?: AbortSignal;
  resolve?: Resolver;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function requestOnce(url: URL, options: OutboundOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(
      url,
      {
        method: "GET",
        headers: options.headers,
        // A fresh socket per request: a pooled one could carry a connection made under another hop's checks.
        agent: false,
        lookup: guardedLookup(options.resolve ?? systemResolver),
        signal: options.signal,
      },
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new OutboundFailed(`${url.host} sent nothing within ${options.firstByteTimeoutMs / 1000} s`));
    }, options.firstByteTimeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error instanceof OutboundRefused || error instanceof OutboundFailed ? error : new OutboundFailed(`${url.host}: ${error.message}`));
    });
    request.end();
  });
}

/**
 * GETs the URL, following at most `maxRedirects` redirects itself and checking
 * every hop. Sends only the headers given: never the caller's cookies.
 */
export async function openOutbound(address: string, options: OutboundOptions): Promise<{ url: URL; response: IncomingMessage }> {
  if (!URL.canParse(address)) throw new OutboundRefused("the URL does not parse");
  let url = new URL(address);
  for (let hop = 0; ; hop++) {
    checkOutboundUrl(url, options.allowlist);
    const response = await requestOnce(url, options);
    const location = headerValue(response.headers, "location");
    if (!REDIRECTS.has(response.statusCode ?? 0) || !location) return { url, response };
    response.destroy();
    if (hop >= options.maxRedirects) throw new OutboundRefused(`more than ${options.maxRedirects} redirects`);
    if (!URL.canParse(location, url)) throw new OutboundRefused("a redirect's Location does not parse");
    url = new URL(location, url);
  }
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
