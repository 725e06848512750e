// The CRM names the calls list offers as filters. Kept apart from dto.ts,
// which other parts of the app share.
import { z } from "zod";

export const crmFilterOptionsSchema = z.object({
  /** CRM account names of the viewer's recent calls, most frequent first kept, listed by name. */
  accounts: z.array(z.string()),
  /** CRM opportunity names, the same way. */
  opportunities: z.array(z.string()),
});
export type CrmFilterOptions = z.infer<typeof crmFilterOptionsSchema>;
