// The coaching a vendor sent for a call: what went well, what to work on, and
// the drills to practise (Salesfinity, call analyses). ExecVision's comments
// and highlights are not repeated here: they are threads of the Comments panel
// (marked as from ExecVision), on the timeline and on the transcript's lines.
import type { CallDetail } from "@/lib/data/dto";
import { coachingEmptyMessage } from "@/lib/domain/coaching-notes";
import { humanize } from "./format";
import { Muted, SectionCard } from "./section-card";

const KINDS = [
  { kind: "win", title: "Wins", dot: "bg-emerald-500" },
  { kind: "opportunity", title: "Opportunities", dot: "bg-amber-500" },
  { kind: "drill", title: "Drills", dot: "bg-brand-500" },
] as const;

export function CoachingCard({ call }: { call: Pick<CallDetail, "vendor" | "coaching"> }) {
  const { coaching } = call;
  // An ExecVision call's coaching is its comments and highlights, all in the Comments panel: nothing is left to show.
  if (coaching.length === 0 && call.vendor === "execvision") return null;
  return (
    <SectionCard title="Coaching">
      {coaching.length === 0 ? (
        <Muted>{coachingEmptyMessage(call.vendor)}</Muted>
      ) : (
        <div className="grid gap-4 sm:grid-cols-3">
          {KINDS.map(({ kind, title, dot }) => {
            const items = coaching.filter((c) => c.kind === kind);
            if (items.length === 0) return null;
            return (
              <div key={kind}>
                <h3 className="flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
                  <span aria-hidden="true" className={`h-2 w-2 rounded-full ${dot}`} />
                  {title}
                </h3>
                <ul className="mt-2 space-y-2">
                  {items.map((item, i) => (
                    <li key={i} className="text-sm text-slate-700">
                      {item.text}
                      {item.facet && <span className="ml-1.5 whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-[11px] text-slate-600">{humanize(item.facet)}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
    </SectionCard>
  );
}
