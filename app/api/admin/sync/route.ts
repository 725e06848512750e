// GET /api/admin/sync — each vendor's sync status; POST — sync now.
import { z } from "zod";
import { canManageSync } from "@/lib/auth/roles";
import { getSyncStatus, triggerSync } from "@/lib/data/admin";
import { route } from "@/lib/http/handler";
import { vendorFilter } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = route({ access: canManageSync }, ({ viewer }) => getSyncStatus(viewer));

export const POST = route({ access: canManageSync, body: z.object({ vendor: vendorFilter.optional() }) }, async ({ viewer, body }) =>
  Response.json(await triggerSync(viewer, body.vendor), { status: 202 }),
);
