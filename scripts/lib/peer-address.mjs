// Preloaded into the Next.js server by npm start (node --import): stamps every
// request with the address of the connection it came on, over any header of
// that name a client sent. Next.js only passes the connection's address on as
// X-Forwarded-For when the client sent none, so that header is the client's
// to choose; this one is not. lib/auth/client-address.ts reads it.
import { subscribe } from "node:diagnostics_channel";

const HEADER = "x-coachboard-peer-address";

subscribe("http.server.request.start", ({ request, socket }) => {
  request.headers[HEADER] = socket?.remoteAddress ?? "";
});
globalThis[Symbol.for("coachboard.peerAddressStamped")] = true;
