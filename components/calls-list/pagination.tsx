import { pageSummary } from "@/components/ui/count";

export function Pagination({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pages" className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <span>{pageSummary(page, pageSize, total, "call")}</span>
      {pages > 1 && (
        <span className="flex gap-2">
          <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)} className="min-h-6 rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-40">
            Previous
          </button>
          <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)} className="min-h-6 rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-40">
            Next
          </button>
        </span>
      )}
    </nav>
  );
}
