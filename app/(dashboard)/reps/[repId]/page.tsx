import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { KpiCards } from "@/components/reps/kpi-cards";
import { ListeningCard } from "@/components/reps/listening-card";
import { RepView } from "@/components/reps/rep-view";
import { getViewer } from "@/lib/auth/viewer";
import { getRepActivity } from "@/lib/data/get-rep-activity";
import { getRepOverview } from "@/lib/data/get-rep-overview";
import { listCalls } from "@/lib/data/list-calls";
import { repQuery } from "@/lib/data/rep-query";
import { repIdParams, resolvePeriod } from "@/lib/http/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rep" };

export default async function RepPage({ params, searchParams }: { params: Promise<{ repId: string }>; searchParams: Promise<Record<string, string>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const id = repIdParams.safeParse(await params);
  if (!id.success) notFound();
  const raw = await searchParams;
  const query = repQuery.safeParse({ period: "90", ...raw });
  const period = query.success ? query.data : { period: "90" as const };
  const range = resolvePeriod(period);
  const [overview, activity] = await Promise.all([
    getRepOverview(viewer, id.data.repId, { ...range, skillSet: query.success ? query.data.skillSet : undefined }),
    getRepActivity(viewer, id.data.repId, range),
  ]);
  if (!overview) notFound();
  const calls = await listCalls(viewer, { rep: id.data.repId, page: 1, pageSize: 10 });
  // No Suspense boundary: the view renders with its data in the first HTML, which shows without script.
  return (
    <RepView
      repId={id.data.repId}
      initial={overview}
      initialKey={JSON.stringify({ period: raw.period ?? "90", skillSet: raw.skillSet })}
      initialCalls={calls}
      activity={
        activity && {
          from: activity.from,
          to: activity.to,
          // Rendered here, on the server: only the KPI charts need the browser.
          kpis: activity.kpis.length ? <KpiCards kpis={activity.kpis} /> : null,
          listening: activity.listening.listened || activity.listening.listenedTo ? <ListeningCard listening={activity.listening} repName={activity.repName} /> : null,
        }
      }
    />
  );
}
