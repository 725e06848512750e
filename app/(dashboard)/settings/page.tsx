import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TimeZoneForm } from "@/components/settings/time-zone-form";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { getUserSettings } from "@/lib/data/user-settings";
import { listTimeZones } from "@/lib/time-zone";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const settings = await getUserSettings(viewer);
  return (
    <div>
      <PageHeader title="Settings" subtitle="How Coachboard shows things to you" />
      <TimeZoneForm initial={settings.timeZone} zones={listTimeZones()} />
    </div>
  );
}
