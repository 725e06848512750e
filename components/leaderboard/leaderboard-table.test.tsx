import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Leaderboard } from "@/lib/data/dto";
import { SALESFINITY_FACETS } from "@/lib/domain/skills";
import { LeaderboardTable } from "./leaderboard-table";

const board: Leaderboard = {
  from: "2024-04-01T00:00:00Z",
  to: "2024-05-01T00:00:00Z",
  skillSet: "salesfinity",
  skillSets: [],
  skills: SALESFINITY_FACETS.map((f) => ({ skill: f.skill, label: f.label })),
  teams: [],
  rows: [
    { rank: 1, repId: 7, name: "Marcus Reid", team: "Finance & Risk", calls: 1, avgScore: 81.6, skills: { discovery: 77.2 }, talkRatio: 0.456, questionsAsked: 8.4, fillerWords: 2.5, trend: [60, 70, 80] },
    { rank: 2, repId: 8, name: "Ana Ruiz", team: null, calls: 12, avgScore: 64, skills: { discovery: 90 }, talkRatio: null, questionsAsked: 5, fillerWords: null, trend: [] },
  ],
};

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

function render(sort = "rank", dir: "asc" | "desc" = "asc") {
  const html = renderToStaticMarkup(<LeaderboardTable board={board} sort={{ sort, dir }} onSort={() => {}} />);
  const at = html.indexOf("<table");
  return { phone: html.slice(0, at), desktop: html.slice(at) };
}

describe("the leaderboard on a phone", () => {
  it("shows each rep as a card with rank, team, calls in words, score and the key figures", () => {
    const { phone } = render();
    const cards = text(phone);
    expect(cards).toContain("Rank 1 Marcus Reid Finance &amp; Risk · 1 call 82 avg score Talk ratio 46% Questions 8.4 Fillers 2.5");
    expect(cards).toContain("Rank 2 Ana Ruiz No team · 12 calls 64 avg score Talk ratio – Questions 5 Fillers –");
    expect(phone).toContain("Marcus Reid: From 60 to 80");
  });

  it("keeps the sort in reach with a menu, and the sorted figure on the cards", () => {
    const { phone } = render("skill:discovery", "desc");
    expect(phone).toMatch(/<label for="leaderboard-sort-by"[^>]*>Sort by<\/label><select id="leaderboard-sort-by"/);
    expect(phone).toContain('<option value="skill:discovery" selected="">Discovery</option>');
    expect(phone).toContain('<option value="desc" selected="">Highest first</option>');
    // Sorted by Discovery: Ana (90) first, and Discovery is the card's first figure.
    expect(text(phone)).toMatch(/Ana Ruiz .* Discovery 90 .* Marcus Reid .* Discovery 77 /);
  });
});

describe("the leaderboard on a wide screen", () => {
  it("holds the rank and rep in place with an opaque background while the figures scroll", () => {
    const { desktop } = render();
    const classes = (tag: string, html: string) => [...html.matchAll(new RegExp(`<${tag}\\s(?:[^>]*\\s)?class="([^"]*)"`, "g"))].map((m) => m[1].split(/\s+/));
    const firstRow = desktop.slice(desktop.indexOf("<tbody"), desktop.indexOf("</tr>", desktop.indexOf("<tbody")));
    const [rank, rep, team] = classes("td", firstRow);
    expect(rank).toEqual(expect.arrayContaining(["sticky", "left-0", "w-12", "bg-white"]));
    expect(rep).toEqual(expect.arrayContaining(["sticky", "left-12", "bg-white"]));
    expect(team).not.toContain("sticky");
    const [rankHead, repHead] = classes("th", desktop);
    expect(rankHead).toEqual(expect.arrayContaining(["sticky", "left-0", "bg-slate-50"]));
    expect(repHead).toEqual(expect.arrayContaining(["sticky", "left-12", "bg-slate-50"]));
    // The rep cell holds only the name, as the CSV's Rep column does.
    expect(text(firstRow).trim()).toMatch(/^1 Marcus Reid Finance &amp; Risk 1 82 /);
  });

  it("lets headers wrap instead of cutting them, with the full name where the header is short", () => {
    const { desktop } = render();
    const heads = desktop.slice(0, desktop.indexOf("</thead>"));
    expect(heads).not.toContain("whitespace-nowrap");
    expect(heads).toContain('title="Questions per call" aria-label="Questions per call"');
    expect(heads).toContain('title="Fillers per call" aria-label="Fillers per call"');
    expect(text(heads)).toContain("Objection handling");
  });
});
