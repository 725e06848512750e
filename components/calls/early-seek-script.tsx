import { headers } from "next/headers";
import { EARLY_SEEK_SCRIPT } from "@/lib/client/early-seek";

/** The call page's inline script that seeks on a click on the transcript before the page's scripts have run; it carries the page's nonce. */
export async function EarlySeekScript() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: EARLY_SEEK_SCRIPT }} />;
}
