import { getOverview } from "@/lib/data/get-overview";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const overview = await getOverview();
  return (
    <main className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">Coachboard</h1>
      <p className="mt-1 text-slate-600">Sales coaching from every call.</p>
      {overview.calls === 0 ? (
        <EmptyState
          className="mt-8"
          title="No calls yet"
          body="Coachboard fills up as soon as a call-intelligence vendor is connected. Set a vendor's credentials (for example SALESFINITY_API_KEY) and run npm run sync."
        />
      ) : (
        <dl className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-3">
          <Stat label="Calls" value={overview.calls} />
          <Stat label="Reps" value={overview.reps} />
          <Stat label="Teams" value={overview.teams} />
        </dl>
      )}
    </main>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value.toLocaleString("en-US")}</dd>
    </div>
  );
}
