// The coaching on a call: reviewers' comments and highlights, each with its
// author and its moment (a click plays it), then what went well, what to work
// on, and the drills to practise.
import type { CallDetail, CallNote } from "@/lib/data/dto";
import { coachingEmptyMessage, noteAuthor, noteKindLabel } from "@/lib/domain/coaching-notes";
import { CallDateTime } from "./call-date-time";
import { formatClock, humanize } from "./format";
import { NOTE_STYLE } from "./note-style";
import { Muted, SectionCard } from "./section-card";
import { SeekButton } from "./seek-button";

const KINDS = [
  { kind: "win", title: "Wins", dot: "bg-emerald-500" },
  { kind: "opportunity", title: "Opportunities", dot: "bg-amber-500" },
  { kind: "drill", title: "Drills", dot: "bg-brand-500" },
] as const;

function Note({ note }: { note: CallNote }) {
  const author = noteAuthor(note);
  const kind = noteKindLabel(note.kind);
  const clock = formatClock(note.startSec);
  const style = NOTE_STYLE[note.kind];
  return (
    <li className={`flex gap-3 rounded-md border-l-2 bg-slate-50 px-3 py-2 ${style.edge}`}>
      <SeekButton
        seconds={note.startSec}
        aria-label={`Play from ${clock}: ${kind.toLowerCase()} by ${author}`}
        className="-my-0.5 h-6 shrink-0 rounded px-1 text-xs font-medium tabular-nums text-brand-700 hover:bg-white hover:underline"
      >
        {clock}
      </SeekButton>
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-baseline gap-x-1.5 text-xs text-slate-600">
          <span className="font-semibold text-slate-800">{author}</span>
          <span className={`font-medium ${style.label}`}>{kind}</span>
          <span aria-hidden="true">·</span>
          <CallDateTime iso={note.givenAt} />
        </p>
        {note.text && <p className="mt-0.5 break-words text-slate-700">{note.kind === "highlight" ? `“${note.text}”` : note.text}</p>}
      </div>
    </li>
  );
}

export function CoachingCard({ call }: { call: Pick<CallDetail, "vendor" | "coaching" | "notes"> }) {
  const { coaching, notes } = call;
  const comments = notes.filter((n) => n.kind === "comment").length;
  const highlights = notes.length - comments;
  const noteCount = [comments && `${comments} ${comments === 1 ? "comment" : "comments"}`, highlights && `${highlights} ${highlights === 1 ? "highlight" : "highlights"}`].filter(Boolean).join(", ");
  return (
    <SectionCard title="Coaching" aside={noteCount ? <span className="text-xs text-slate-500">{noteCount}</span> : undefined}>
      {coaching.length === 0 && notes.length === 0 && <Muted>{coachingEmptyMessage(call.vendor)}</Muted>}
      {notes.length > 0 && (
        <div className={coaching.length ? "mb-5" : undefined}>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Comments and highlights</h3>
          <ul aria-label="Comments and highlights" className="mt-2 space-y-2">
            {notes.map((note, i) => (
              <Note key={i} note={note} />
            ))}
          </ul>
        </div>
      )}
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
    </SectionCard>
  );
}
