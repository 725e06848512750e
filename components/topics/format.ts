// How the topics page names days and links a topic to its calls.

/** A UTC day as "Jan 5, 2026": the report's days are whole UTC days. */
export function dayLabel(iso: string): string {
  return new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
}

/** The calls list filtered to a topic over the report's days, optionally to one rep or team. */
export function topicCallsHref(topic: string, report: { from: string; to: string }, extra: { rep?: number | null; team?: number | null } = {}): string {
  const params = new URLSearchParams({ topic, from: report.from.slice(0, 10), to: report.to.slice(0, 10) });
  if (extra.rep) params.set("rep", String(extra.rep));
  if (extra.team) params.set("team", String(extra.team));
  return `/calls?${params.toString()}`;
}
