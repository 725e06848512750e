import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { ConnectVendorNotice } from "@/components/shell/connect-vendor-notice";
import { TimeZoneProvider } from "@/components/ui/time-zone";
import { getViewer } from "@/lib/auth/viewer";
import { getViewerTimeZone } from "@/lib/data/user-settings";
import { TIME_ZONE_COOKIE } from "@/lib/time-zone";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  // Resolved here, for the server's HTML and the browser's render alike.
  const timeZone = getViewerTimeZone(viewer, (await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return (
    <TimeZoneProvider value={timeZone}>
      <AppShell viewer={{ name: viewer.name, email: viewer.email, role: viewer.role, repId: viewer.repId }}>
        <ConnectVendorNotice role={viewer.role} />
        {children}
      </AppShell>
    </TimeZoneProvider>
  );
}
