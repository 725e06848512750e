// Shown while nothing can fill the dashboard: no vendor is configured and
// none has ever synced (a database that is set up, with no vendor yet).
import "server-only";
import { EmptyState } from "@/components/ui/empty-state";
import type { Role } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import type { SqlConnection } from "@/lib/db/sql";
import { getEnv } from "@/lib/env";
import { enabledVendors, type VendorEnv } from "@/lib/vendors";

/** Web processes in front of separate workers hold no vendor credentials: a vendor that has synced counts too. */
export async function noVendorConnected(sql: SqlConnection, env: VendorEnv): Promise<boolean> {
  if (enabledVendors(env).length > 0) return false;
  const synced = await sql.all(`SELECT vendor FROM sync_states LIMIT 1`);
  return synced.length === 0;
}

export async function ConnectVendorNotice({ role }: { role: Role }) {
  if (!(await noVendorConnected(await getSql(), getEnv()))) return null;
  const body =
    role === "admin"
      ? "Set a vendor's credentials in the server's environment (SALESFINITY_API_KEY; EXECVISION_USER_ID and EXECVISION_PASSWORD; ANALYSES_TOKEN and ANALYSES_BASE_URL; VOICE_AGENT_API_KEY and VOICE_AGENT_BASE_URL; or REVONT_API_KEY) and restart Coachboard: the first sync starts by itself. The README's “Connect the vendors” lists every setting."
      : "Calls, scores and coaching plans appear here once an admin connects a call-recording vendor.";
  return <EmptyState title="No vendor is connected yet" body={body} className="mb-6" />;
}
