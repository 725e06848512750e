"use client";

import Link from "next/link";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/dto";
import { sortRows, type LeaderboardSort } from "@/lib/leaderboard/sort";
import { cardFigures, firstDir, formatFigure, type LeaderboardColumn, leaderboardColumns, nextSort, rankLabel, rankText, sortOrders, THIN_NOTE } from "@/lib/leaderboard/columns";
import { describeTrend } from "@/lib/charts/shape";
import { formatCount } from "@/lib/plural";
import { Sparkline } from "@/components/charts/sparkline";
import { SelectField } from "@/components/ui/field";
import { Figure, ScrollRegion, STICKY_CELL, STICKY_EDGE, STICKY_HEAD } from "@/components/ui/responsive-table";
import { ScoreChip } from "@/components/ui/score";
import { reviewedNote } from "@/components/ui/reviewed-note";

type OnSort = (sort: LeaderboardSort) => void;

/** Cards below 640 px, a table with the rank and rep held in place above; both from the same sorted rows. */
export function LeaderboardTable({ board, sort, onSort }: { board: Leaderboard; sort: LeaderboardSort; onSort: OnSort }) {
  const columns = leaderboardColumns(board.skills);
  const rows = sortRows(board.rows, sort);
  return (
    <>
      <HeadlineNote board={board} />
      <div className="sm:hidden">
        <SortControls columns={columns} sort={sort} onSort={onSort} />
        <ul aria-label="Reps, in the order chosen above" className="mt-3 space-y-3">
          {rows.map((row) => (
            <RepCard key={row.repId} row={row} columns={columns} figures={cardFigures(columns, sort)} />
          ))}
        </ul>
      </div>
      <div className="hidden sm:block">
        <RankTable columns={columns} rows={rows} sort={sort} onSort={onSort} />
      </div>
      {rows.some((row) => row.thin) && (
        <p className="mt-2 text-xs text-slate-600">
          Greyed rows marked <span className="font-medium">few</span>: {THIN_NOTE.toLowerCase()}.
        </p>
      )}
    </>
  );
}

/** A rank as shown, "=2" for a shared one, with its meaning in words for screen readers. */
function RankMark({ row, prefix }: { row: LeaderboardRow; prefix: boolean }) {
  if (!row.tied)
    return (
      <>
        {prefix && <span className="sr-only">Rank </span>}
        {row.rank}
      </>
    );
  return (
    <>
      <span aria-hidden="true" title={rankLabel(row)}>
        {rankText(row)}
      </span>
      <span className="sr-only">{rankLabel(row)}</span>
    </>
  );
}

/** The mark on a thin sample: a short word on screen, the reason in its title and for screen readers. */
function ThinMark() {
  return (
    <>
      <span aria-hidden="true" title={THIN_NOTE} className="ml-1 rounded border border-slate-300 px-1 text-[11px] font-medium text-slate-600">
        few
      </span>
      <span className="sr-only">{`, ${THIN_NOTE.toLowerCase()}`}</span>
    </>
  );
}

/** What the score column is, in words: the unified-skill score, or one source's own; and why skill columns may be missing. */
function HeadlineNote({ board }: { board: Leaderboard }) {
  return (
    <div className="mb-2 space-y-1 text-xs text-slate-600">
      <p>
        {board.headline === "unified" ? (
          <>
            <span className="font-medium text-slate-700">Avg score</span>: the Coachboard-skill score, each scored call&apos;s mean over the skills its source scored, across every
            source. Select a score to see each source&apos;s own.
          </>
        ) : (
          <>
            <span className="font-medium text-slate-700">Avg score</span>: this source&apos;s own overall score, 0-100 as it defines it.
          </>
        )}
      </p>
      {board.skillsNote && <p>{board.skillsNote}</p>}
    </div>
  );
}

/** The score of a thin sample in grey: too few calls for its band's colour to mean much. */
function ScoreValue({ row }: { row: LeaderboardRow }) {
  if (!row.thin || row.avgScore === null) return <ScoreChip score={row.avgScore} />;
  return <span className="inline-flex min-w-10 justify-center rounded-md bg-slate-100 px-1.5 py-0.5 text-xs font-semibold tabular-nums text-slate-600">{Math.round(row.avgScore)}</span>;
}

/** The mark on a score that takes in scores people reviewed: a pencil on screen, the latest change in its title and for screen readers. */
function ReviewedMark({ row }: { row: LeaderboardRow }) {
  if (!row.reviewed) return null;
  const note = reviewedNote(row.reviewed);
  return (
    <>
      <span aria-hidden="true" title={note} className="ml-1 text-[11px] text-amber-700">
        ✎
      </span>
      <span className="sr-only">{`, ${note}`}</span>
    </>
  );
}

/** The headline score; a click opens each source's own overall score beneath it (it grows the row, so nothing is clipped). */
function Score({ row }: { row: LeaderboardRow }) {
  if (row.bySource.length === 0)
    return (
      <>
        <ScoreValue row={row} />
        <ReviewedMark row={row} />
      </>
    );
  return (
    <details className="group/score inline-block text-right">
      <summary className="cursor-pointer list-none rounded [&::-webkit-details-marker]:hidden">
        <ScoreValue row={row} />
        <ReviewedMark row={row} />
        <span className="sr-only">{`, ${row.name}'s score by source`}</span>
        <span aria-hidden className="ml-0.5 text-[10px] text-slate-500 group-open/score:hidden">▾</span>
        <span aria-hidden className="ml-0.5 hidden text-[10px] text-slate-500 group-open/score:inline">▴</span>
      </summary>
      <ul className="mt-1 min-w-40 space-y-0.5 rounded border border-slate-200 bg-slate-50 p-1.5 text-left text-xs font-normal text-slate-700">
        {row.bySource.map((source) => (
          <li key={source.vendor} className="flex justify-between gap-3">
            <span>{source.label}</span>
            <span className="tabular-nums">
              {source.avgScore === null ? "–" : Math.round(source.avgScore)}
              <span className="text-slate-500"> · {formatCount(source.scoredCalls, "scored call")}</span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * AI voice agents, apart from the people and never ranked among them: a
 * list with their calls, scored calls and score, shown only when there are any.
 */
export function AgentList({ agents, sort }: { agents: LeaderboardRow[]; sort: LeaderboardSort }) {
  if (agents.length === 0) return null;
  return (
    <section aria-labelledby="leaderboard-agents" className="mt-6">
      <h2 id="leaderboard-agents" className="text-sm font-semibold text-slate-800">
        AI voice agents
      </h2>
      <p className="mt-0.5 text-xs text-slate-600">Listed apart from the people above, and not ranked.</p>
      <ul aria-labelledby="leaderboard-agents" className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {sortRows(agents, sort).map((agent) => (
          <li key={agent.repId} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 px-3 py-2">
            <div className="min-w-0">
              <Link href={`/reps/${agent.repId}`} className="font-medium text-brand-700 [overflow-wrap:anywhere] hover:underline">
                {agent.name}
              </Link>
              {agent.team && <p className="text-xs text-slate-600">{agent.team}</p>}
            </div>
            <dl className="grid grid-cols-3 gap-4 text-sm">
              <Figure label="Calls">{agent.calls}</Figure>
              <Figure label="Scored" title="Scored calls">
                {agent.scoredCalls}
              </Figure>
              <Figure label="Avg score">
                <ScoreChip score={agent.avgScore} />
              </Figure>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SortControls({ columns, sort, onSort }: { columns: LeaderboardColumn[]; sort: LeaderboardSort; onSort: OnSort }) {
  return (
    <div className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <SelectField id="leaderboard-sort-by" label="Sort by" value={sort.sort} onChange={(e) => onSort({ sort: e.target.value, dir: firstDir(e.target.value) })}>
        {columns.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SelectField id="leaderboard-sort-order" label="Order" value={sort.dir} onChange={(e) => onSort({ sort: sort.sort, dir: e.target.value === "desc" ? "desc" : "asc" })}>
        {sortOrders(sort.sort).map((o) => (
          <option key={o.dir} value={o.dir}>
            {o.label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

function RepCard({ row, columns, figures }: { row: LeaderboardRow; columns: LeaderboardColumn[]; figures: LeaderboardColumn[] }) {
  const skills = columns.filter((c) => c.key.startsWith("skill:"));
  return (
    <li className={`rounded-lg border border-slate-200 bg-white p-3 ${row.thin ? "text-slate-500" : ""}`}>
      <div className="flex items-start gap-3">
        <span className={`mt-0.5 min-w-7 rounded-md bg-slate-100 px-1.5 py-0.5 text-center text-sm font-semibold tabular-nums ${row.thin ? "text-slate-600" : "text-slate-700"}`}>
          <RankMark row={row} prefix />
        </span>
        <div className="min-w-0 flex-1">
          <Link href={`/reps/${row.repId}`} className={`inline-block py-0.5 font-medium [overflow-wrap:anywhere] hover:underline ${row.thin ? "text-slate-600" : "text-brand-700"}`}>
            {row.name}
          </Link>
          <p className="text-xs text-slate-600">
            {row.team ?? "No team"} · {formatCount(row.calls, "call")} · {row.scoredCalls.toLocaleString("en-US")} scored
            {row.thin && <ThinMark />}
          </p>
        </div>
        <div className="flex flex-col items-end gap-0.5">
          <Score row={row} />
          <span className="text-[11px] text-slate-600">avg score</span>
        </div>
      </div>
      <div className="mt-2 flex items-end justify-between gap-3">
        <dl className="grid flex-1 grid-cols-3 gap-2 text-sm">
          {figures.map((f) => (
            <Figure key={f.key} label={f.header} title={f.label}>
              {formatFigure(row, f.key)}
            </Figure>
          ))}
        </dl>
        <Sparkline values={row.trend} label={`${row.name}: ${describeTrend(row.trend)}`} />
      </div>
      {skills.length > 0 && (
        <details className="mt-2 border-t border-slate-100 pt-1">
          <summary className="cursor-pointer py-1 text-sm text-slate-700">All skills</summary>
          <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1.5 text-sm">
            {skills.map((s) => (
              <Figure key={s.key} label={s.label}>
                {formatFigure(row, s.key)}
              </Figure>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}

const num = "px-1.5 py-2 text-right tabular-nums";

function RankTable({ columns, rows, sort, onSort }: { columns: LeaderboardColumn[]; rows: LeaderboardRow[]; sort: LeaderboardSort; onSort: OnSort }) {
  const sticky = (key: string, head: boolean) =>
    key === "rank" ? `${head ? STICKY_HEAD : STICKY_CELL} left-0 w-12 min-w-12` : key === "name" ? `${head ? STICKY_HEAD : STICKY_CELL} left-12 ${STICKY_EDGE}` : "";
  return (
    <ScrollRegion label="Leaderboard table" className="rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Reps ranked by average score, those with fewer than 3 scored calls after the others; select a column heading to sort</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.sort === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
                className={`py-2 align-bottom font-medium ${c.numeric ? "px-1.5 text-right" : "px-2"} ${sticky(c.key, true)}`}
              >
                <button
                  type="button"
                  onClick={() => onSort(nextSort(sort, c.key))}
                  title={c.note ? `${c.label}. ${c.note}` : c.header === c.label ? undefined : c.label}
                  aria-label={c.header === c.label ? undefined : c.label}
                  className={`inline-flex min-h-6 items-end gap-0.5 rounded text-balance hover:text-slate-900 ${c.header.includes(" ") ? "min-w-14" : ""} ${c.numeric ? "justify-end text-right" : "text-left"}`}
                >
                  {c.header}
                  {sort.sort === c.key && (
                    <span aria-hidden className="shrink-0 text-[10px]">
                      {sort.dir === "asc" ? "▲" : "▼"}
                    </span>
                  )}
                </button>
              </th>
            ))}
            <th scope="col" className="px-2 py-2 align-bottom font-medium">
              Trend
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.repId} className={`group hover:bg-slate-50 ${row.thin ? "text-slate-500" : ""}`}>
              {columns.map((c) => (
                <RankCell key={c.key} row={row} column={c} sticky={sticky(c.key, false)} />
              ))}
              <td className="px-2 py-1">
                <Sparkline values={row.trend} label={`${row.name}: ${describeTrend(row.trend)}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One cell of a row; the rank and rep cells carry the sticky classes. */
function RankCell({ row, column, sticky }: { row: LeaderboardRow; column: LeaderboardColumn; sticky: string }) {
  switch (column.key) {
    case "rank":
      return (
        <td className={`${num} ${row.thin ? "text-slate-500" : "text-slate-600"} ${sticky}`}>
          <RankMark row={row} prefix={false} />
        </td>
      );
    case "name":
      return (
        // A long name (an identity not yet linked to a person, say) wraps rather than widening the table.
        <td className={`min-w-32 max-w-44 px-2 py-2 font-medium [overflow-wrap:anywhere] ${sticky}`}>
          <Link href={`/reps/${row.repId}`} className={`hover:underline ${row.thin ? "text-slate-500" : "text-brand-700"}`}>
            {row.name}
          </Link>
        </td>
      );
    case "team":
      return <td className={`min-w-24 max-w-36 px-2 py-2 [overflow-wrap:anywhere] ${row.thin ? "text-slate-500" : "text-slate-600"}`}>{row.team ?? "–"}</td>;
    case "scoredCalls":
      return (
        <td className={`${num} ${row.thin ? "whitespace-nowrap text-slate-500" : "text-slate-700"}`}>
          {formatFigure(row, column.key)}
          {row.thin && <ThinMark />}
        </td>
      );
    case "avgScore":
      return (
        <td className="px-2 py-2 text-right">
          <Score row={row} />
        </td>
      );
    default:
      return <td className={`${num} ${row.thin ? "text-slate-500" : "text-slate-700"}`}>{formatFigure(row, column.key)}</td>;
  }
}
