// Pieces for tables that must fit a phone and a wide screen: a labelled
// region that scrolls sideways on its own (the page never does), sticky
// first-column classes with an opaque background, and the label/value pairs
// a phone's card shows instead of a row.

/** A table's own horizontal scroll, reachable and named for keyboard and screen-reader users. */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}

/** A sticky cell stays in place while the rest of its row scrolls; it needs an opaque background so nothing shows through. */
export const STICKY_HEAD = "sticky z-20 bg-slate-50";
export const STICKY_CELL = "sticky z-10 bg-white group-hover:bg-slate-50";
/** The right edge of the last sticky column, drawn as a line that stays when the row scrolls under it. */
export const STICKY_EDGE = "shadow-[inset_-1px_0_0_var(--color-slate-200)]";

/** One figure on a card: a small label above its value. */
export function Figure({ label, title, children }: { label: string; title?: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600" title={title}>
        {label}
      </dt>
      <dd className="font-medium tabular-nums text-slate-900">{children}</dd>
    </div>
  );
}
