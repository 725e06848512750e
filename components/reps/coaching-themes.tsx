import type { RepOverview } from "@/lib/data/dto";
import { humanize } from "@/lib/format";

const KINDS = [
  { kind: "win", title: "Wins", tone: "text-emerald-700" },
  { kind: "opportunity", title: "Opportunities", tone: "text-amber-700" },
  { kind: "drill", title: "Suggested drills", tone: "text-brand-700" },
] as const;

export function CoachingThemes({ items }: { items: RepOverview["coaching"] }) {
  if (!items.length) return <p className="text-sm text-slate-500">No coaching notes in this period.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {KINDS.map(({ kind, title, tone }) => {
        const list = items.filter((i) => i.kind === kind);
        return (
          <div key={kind}>
            <h3 className={`text-xs font-semibold uppercase tracking-wide ${tone}`}>{title}</h3>
            {list.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">None</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {list.map((item) => (
                  <li key={item.text} className="text-sm text-slate-700">
                    {item.text}
                    <span className="ml-1 text-xs text-slate-500">
                      {item.facet ? `· ${humanize(item.facet)} ` : ""}· {item.count}×
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
