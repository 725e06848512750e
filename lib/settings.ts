// A user's own settings: what the API answers, and what a change may say.
import { z } from "zod";
import { MAX_TIME_ZONE_LENGTH, parseTimeZone, timeZoneProblem } from "@/lib/time-zone";

export const userSettingsSchema = z.object({
  /** The IANA zone the user's times are shown in; null: their browser's. */
  timeZone: z.string().nullable(),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

/** A zone as sent: bounded, known to Intl, and stored by its canonical name. */
const timeZoneInput = z
  .string()
  .max(MAX_TIME_ZONE_LENGTH, `a time zone name has at most ${MAX_TIME_ZONE_LENGTH} characters`)
  .transform((value, ctx) => {
    const zone = parseTimeZone(value);
    if (zone === null) ctx.addIssue({ code: "custom", message: timeZoneProblem(value) ?? "not a time zone" });
    return zone ?? z.NEVER;
  });

/** A change to the signed-in user's settings; only their own, so no user is named. */
export const userSettingsPatchSchema = z.strictObject({ timeZone: timeZoneInput.nullable() });
export type UserSettingsPatch = z.infer<typeof userSettingsPatchSchema>;
