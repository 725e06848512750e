// Whose sign-in this is, by network address, for throttling. A header a
// client can write is never believed on its own: the address comes from the
// connection (stamped by the server process, see scripts/lib/peer-address.mjs),
// or, behind TRUST_PROXY proxies, from the entry the outermost of them added
// to X-Forwarded-For.
import { isIP } from "node:net";

/** The header the server process sets on every request to the connection's address, over anything a client sent. */
export const PEER_ADDRESS_HEADER = "x-coachboard-peer-address";

/** Set by the server process that stamps PEER_ADDRESS_HEADER; without it the header proves nothing. */
const STAMPED = Symbol.for("coachboard.peerAddressStamped");

export function peerAddressStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[STAMPED] === true;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client; anything that is not an IP address is no address. */
function normalize(value: string | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase();
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address : null;
}

export interface AddressTrust {
  /** How many proxies in front of the app append to X-Forwarded-For (TRUST_PROXY). */
  proxies: number;
  /** Whether this process stamps the connection's address on each request. */
  stamped: boolean;
}

/** The client's address, or null when this request carries none worth believing. */
export function clientAddress(headers: HeaderSource, trust: AddressTrust): string | null {
  if (trust.proxies > 0) {
    // Each proxy appends the address it was connected from; entries left of
    // the ones our proxies wrote are the client's own say-so.
    const hops = (header(headers, "x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
    if (hops.length < trust.proxies) return null;
    return normalize(hops[hops.length - trust.proxies]);
  }
  if (!trust.stamped) return null;
  return normalize(header(headers, PEER_ADDRESS_HEADER));
}
