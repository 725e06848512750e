// GET /api/coaching — coaching plans of the reps the viewer may see, with progress and effect.
import { z } from "zod";
import { getCoaching } from "@/lib/data/get-coaching";
import { route } from "@/lib/http/handler";
import { optionalId } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", query: z.object({ rep: optionalId, plan: optionalId }) }, ({ viewer, query }) => getCoaching(viewer, { repId: query.rep, planId: query.plan }));
