// One colour per side of the conversation, used by the timeline lanes and
// the transcript alike so a glance connects the two.
import type { Side } from "./timeline-model";

export const SIDE_STYLE: Record<Side, { bar: string; avatar: string; name: string; ring: string }> = {
  rep: { bar: "bg-brand-500", avatar: "bg-brand-100 text-brand-700", name: "text-brand-700", ring: "ring-brand-500/30" },
  prospect: { bar: "bg-emerald-500", avatar: "bg-emerald-100 text-emerald-800", name: "text-emerald-700", ring: "ring-emerald-500/30" },
  unknown: { bar: "bg-slate-400", avatar: "bg-slate-200 text-slate-700", name: "text-slate-700", ring: "ring-slate-400/40" },
};
