// GET /api/calls/:callId/transcript — segments and word timings, read through the vendor when not synced yet.
import { getTranscript } from "@/lib/data/get-transcript";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", params: callIdParams }, async ({ viewer, params }) => {
  const transcript = await getTranscript(viewer, params.callId);
  if (!transcript) throw notFound("No such call");
  return transcript;
});
