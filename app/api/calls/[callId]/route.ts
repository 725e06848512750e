// GET /api/calls/:callId — one call the viewer may see, with scores, insight and markers.
import { getCall } from "@/lib/data/get-call";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", params: callIdParams }, async ({ viewer, params }) => {
  const call = await getCall(viewer, params.callId);
  if (!call) throw notFound("No such call");
  return call;
});
