"use client";

import Link from "next/link";
import type { Leaderboard } from "@/lib/data/dto";
import { sortRows, type LeaderboardSort } from "@/lib/leaderboard/sort";
import { describeTrend } from "@/lib/charts/shape";
import { Sparkline } from "@/components/charts/sparkline";
import { ScoreChip } from "@/components/ui/score";

interface Column {
  key: string;
  label: string;
  numeric: boolean;
}

export function LeaderboardTable({ board, sort, onSort }: { board: Leaderboard; sort: LeaderboardSort; onSort: (sort: LeaderboardSort) => void }) {
  const columns: Column[] = [
    { key: "rank", label: "Rank", numeric: true },
    { key: "name", label: "Rep", numeric: false },
    { key: "team", label: "Team", numeric: false },
    { key: "calls", label: "Calls", numeric: true },
    { key: "avgScore", label: "Avg score", numeric: true },
    ...board.skills.map((s) => ({ key: `skill:${s.skill}`, label: s.label, numeric: true })),
    { key: "talkRatio", label: "Talk ratio", numeric: true },
    { key: "questionsAsked", label: "Questions", numeric: true },
    { key: "fillerWords", label: "Fillers", numeric: true },
  ];
  const rows = sortRows(board.rows, sort);
  const toggle = (key: string) =>
    onSort(sort.sort === key ? { sort: key, dir: sort.dir === "asc" ? "desc" : "asc" } : { sort: key, dir: key === "rank" || key === "name" || key === "team" ? "asc" : "desc" });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Reps ranked by average score; select a column heading to sort</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.sort === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"} className={`whitespace-nowrap px-3 py-2 font-medium ${c.numeric ? "text-right" : ""}`}>
                <button type="button" onClick={() => toggle(c.key)} className="inline-flex items-center gap-1 rounded hover:text-slate-900">
                  {c.label}
                  <span aria-hidden className="text-[10px]">{sort.sort === c.key ? (sort.dir === "asc" ? "▲" : "▼") : ""}</span>
                </button>
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-medium">
              Trend
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.repId} className="hover:bg-slate-50">
              <td className="px-3 py-2 text-right tabular-nums text-slate-500">{row.rank}</td>
              <td className="whitespace-nowrap px-3 py-2 font-medium">
                <Link href={`/reps/${row.repId}`} className="text-brand-700 hover:underline">
                  {row.name}
                </Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{row.team ?? "–"}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.calls}</td>
              <td className="px-3 py-2 text-right">
                <ScoreChip score={row.avgScore} />
              </td>
              {board.skills.map((s) => (
                <td key={s.skill} className="px-3 py-2 text-right tabular-nums text-slate-700">
                  {row.skills[s.skill] === null || row.skills[s.skill] === undefined ? "–" : Math.round(row.skills[s.skill]!)}
                </td>
              ))}
              <td className="px-3 py-2 text-right tabular-nums">{row.talkRatio === null ? "–" : `${Math.round(row.talkRatio * 100)}%`}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.questionsAsked ?? "–"}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.fillerWords ?? "–"}</td>
              <td className="px-3 py-1">
                <Sparkline values={row.trend} label={`${row.name}: ${describeTrend(row.trend)}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
