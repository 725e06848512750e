import { z } from "zod";
import { SKILL_SETS } from "@/lib/domain/skills";
import { periodQuery } from "@/lib/http/params";

export const repQuery = periodQuery.and(z.object({ skillSet: z.enum(SKILL_SETS, { message: `must be one of ${SKILL_SETS.join(", ")}` }).optional() }));
export type RepQuery = z.infer<typeof repQuery>;
