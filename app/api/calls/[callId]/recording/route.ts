// GET /api/calls/:callId/recording — the call's recording, streamed with HTTP Range support.
// It only ever fetches the recording URL stored for that call, after checking the viewer may see it,
// and only through the recording proxy's address checks and the vendor's *_RECORDING_HOSTS allowlist.
import { findVisibleCall } from "@/lib/data/get-call";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";
import { proxyRecording, recordingPolicy } from "@/lib/http/recording-proxy";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", params: callIdParams }, async ({ viewer, params, request }) => {
  const call = await findVisibleCall(viewer, params.callId);
  if (!call || !call.recording_url) throw notFound("No recording for this call");
  return proxyRecording(call.recording_url, request, recordingPolicy(call.vendor));
});
