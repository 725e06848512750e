// GET /api/calls/:callId/recording — the call's recording, streamed with HTTP Range support.
// It only ever fetches the recording URL stored for that call, after checking the viewer may see it.
import { findVisibleCall } from "@/lib/data/get-call";
import { errorResponse, notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

const PASSED_HEADERS = ["content-type", "content-length", "content-range", "accept-ranges", "etag", "last-modified"];

export const GET = route({ access: "signed-in", params: callIdParams }, async ({ viewer, params, request }) => {
  const call = await findVisibleCall(viewer, params.callId);
  if (!call || !call.recording_url) throw notFound("No recording for this call");
  const range = request.headers.get("range");
  let upstream: Response;
  try {
    upstream = await fetch(call.recording_url, { headers: range ? { range } : {}, signal: AbortSignal.timeout(15_000), redirect: "follow" });
  } catch {
    return errorResponse(502, "recording_unavailable", "The recording could not be reached; try again shortly");
  }
  if (upstream.status === 404) throw notFound("The vendor no longer has this recording");
  if (!upstream.ok && upstream.status !== 416) return errorResponse(502, "recording_unavailable", `The recording answered HTTP ${upstream.status}`);
  const headers = new Headers({ "cache-control": "private, max-age=3600" });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (!headers.has("accept-ranges")) headers.set("accept-ranges", "bytes");
  return new Response(upstream.body, { status: upstream.status, headers });
});
