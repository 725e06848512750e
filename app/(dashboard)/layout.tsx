import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { ConnectVendorNotice } from "@/components/shell/connect-vendor-notice";
import { getViewer } from "@/lib/auth/viewer";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return (
    <AppShell viewer={{ name: viewer.name, email: viewer.email, role: viewer.role, repId: viewer.repId }}>
      <ConnectVendorNotice role={viewer.role} />
      {children}
    </AppShell>
  );
}
