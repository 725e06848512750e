"use client";

// The time zone the user's times are shown in: a zone of their choosing, or
// whatever zone their browser is in (the default).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { useViewerTimeZone } from "@/components/ui/time-zone";
import { useUpdateSettingsMutation } from "@/lib/client/use-settings-mutation";

const BROWSER = "";

/** "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires". */
export const zoneLabel = (zone: string) => zone.replaceAll("_", " ");

/** What the page says about the zone in use; `browserZone` is the zone the browser last reported, if any. */
export function describeZoneInUse(setting: string | null, browserZone: string | null, shown: string): string {
  if (setting) return `Times are shown in ${zoneLabel(shown)}, as chosen here.`;
  if (browserZone) return `Times are shown in ${zoneLabel(shown)}, your browser's zone.`;
  return "Times are shown in UTC until your browser says which zone it is in.";
}

export function TimeZoneForm({ initial, zones }: { initial: string | null; zones: string[] }) {
  const { rules, browser } = useViewerTimeZone();
  const router = useRouter();
  const save = useUpdateSettingsMutation();
  const [saved, setSaved] = useState(initial);
  const [choice, setChoice] = useState(initial ?? BROWSER);
  // A stored zone spelled otherwise than this server lists it stays choosable.
  const options = saved && !zones.includes(saved) ? [saved, ...zones] : zones;
  const browserLabel = browser ? `Browser's zone (${zoneLabel(browser.id)})` : "Browser's zone";
  return (
    <Card title="Time zone">
      <form
        className="max-w-md space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { timeZone: choice === BROWSER ? null : choice },
            {
              onSuccess: (settings) => {
                setSaved(settings.timeZone);
                // The layout resolves the zone: render again with the new one.
                router.refresh();
              },
            },
          );
        }}
      >
        <p className="text-sm text-slate-600">{describeZoneInUse(saved, browser?.id ?? null, rules.id)}</p>
        <SelectField id="time-zone" name="timeZone" label="Show times in" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value={BROWSER}>{browserLabel}</option>
          {options.map((zone) => (
            <option key={zone} value={zone}>
              {zoneLabel(zone)}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Button type="submit" disabled={save.isPending || choice === (saved ?? BROWSER)}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
          {save.isError && (
            <p role="alert" className="text-sm text-rose-700">
              {save.error.message}
            </p>
          )}
          {save.isSuccess && (
            <p role="status" className="text-sm text-emerald-700">
              Saved.
            </p>
          )}
        </div>
      </form>
    </Card>
  );
}
