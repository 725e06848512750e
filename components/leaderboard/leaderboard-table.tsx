"use client";

import Link from "next/link";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/dto";
import { sortRows, type LeaderboardSort } from "@/lib/leaderboard/sort";
import { cardFigures, firstDir, formatFigure, type LeaderboardColumn, leaderboardColumns, nextSort, sortOrders } from "@/lib/leaderboard/columns";
import { describeTrend } from "@/lib/charts/shape";
import { formatCount } from "@/lib/plural";
import { Sparkline } from "@/components/charts/sparkline";
import { SelectField } from "@/components/ui/field";
import { Figure, ScrollRegion, STICKY_CELL, STICKY_EDGE, STICKY_HEAD } from "@/components/ui/responsive-table";
import { ScoreChip } from "@/components/ui/score";

type OnSort = (sort: LeaderboardSort) => void;

/** Cards below 640 px, a table with the rank and rep held in place above; both from the same sorted rows. */
export function LeaderboardTable({ board, sort, onSort }: { board: Leaderboard; sort: LeaderboardSort; onSort: OnSort }) {
  const columns = leaderboardColumns(board.skills);
  const rows = sortRows(board.rows, sort);
  return (
    <>
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
    </>
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
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex items-start gap-3">
        <span className="mt-0.5 min-w-7 rounded-md bg-slate-100 px-1.5 py-0.5 text-center text-sm font-semibold tabular-nums text-slate-700">
          <span className="sr-only">Rank </span>
          {row.rank}
        </span>
        <div className="min-w-0 flex-1">
          <Link href={`/reps/${row.repId}`} className="inline-block py-0.5 font-medium text-brand-700 [overflow-wrap:anywhere] hover:underline">
            {row.name}
          </Link>
          <p className="text-xs text-slate-600">
            {row.team ?? "No team"} · {formatCount(row.calls, "call")}
          </p>
        </div>
        <div className="flex flex-col items-end gap-0.5">
          <ScoreChip score={row.avgScore} />
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

const num = "px-2 py-2 text-right tabular-nums";

function RankTable({ columns, rows, sort, onSort }: { columns: LeaderboardColumn[]; rows: LeaderboardRow[]; sort: LeaderboardSort; onSort: OnSort }) {
  const sticky = (key: string, head: boolean) =>
    key === "rank" ? `${head ? STICKY_HEAD : STICKY_CELL} left-0 w-12 min-w-12` : key === "name" ? `${head ? STICKY_HEAD : STICKY_CELL} left-12 ${STICKY_EDGE}` : "";
  return (
    <ScrollRegion label="Leaderboard table" className="rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Reps ranked by average score; select a column heading to sort</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.sort === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
                className={`px-2 py-2 align-bottom font-medium ${c.numeric ? "text-right" : ""} ${sticky(c.key, true)}`}
              >
                <button
                  type="button"
                  onClick={() => onSort(nextSort(sort, c.key))}
                  title={c.header === c.label ? undefined : c.label}
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
            <tr key={row.repId} className="group hover:bg-slate-50">
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
      return <td className={`${num} text-slate-600 ${sticky}`}>{row.rank}</td>;
    case "name":
      return (
        <td className={`whitespace-nowrap px-2 py-2 font-medium ${sticky}`}>
          <Link href={`/reps/${row.repId}`} className="text-brand-700 hover:underline">
            {row.name}
          </Link>
        </td>
      );
    case "team":
      return <td className="whitespace-nowrap px-2 py-2 text-slate-600">{row.team ?? "–"}</td>;
    case "avgScore":
      return (
        <td className="px-2 py-2 text-right">
          <ScoreChip score={row.avgScore} />
        </td>
      );
    default:
      return <td className={`${num} text-slate-700`}>{formatFigure(row, column.key)}</td>;
  }
}
