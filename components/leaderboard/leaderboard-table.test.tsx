import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Leaderboard } from "@/lib/data/dto";
import { SALESFINITY_FACETS } from "@/lib/domain/skills";
import { ReviewedScoresNote } from "@/components/ui/reviewed-note";
import { AgentList, LeaderboardTable } from "./leaderboard-table";

const board: Leaderboard = {
  from: "2024-04-01T00:00:00Z",
  to: "2024-05-01T00:00:00Z",
  skillSet: "salesfinity",
  skillSets: [],
  skills: SALESFINITY_FACETS.map((f) => ({ skill: f.skill, label: f.label })),
  headline: "unified",
  skillsNote: null,
  teams: [],
  rows: [
    { rank: 1, tied: false, thin: false, repId: 7, name: "Marcus Reid", team: "Finance & Risk", calls: 4, scoredCalls: 3, avgScore: 81.6, bySource: [], reviewed: null, skills: { discovery: 77.2 }, talkRatio: 0.456, questionsAsked: 8.4, fillerWords: 2.5, trend: [60, 70, 80] },
    { rank: 2, tied: true, thin: false, repId: 8, name: "Ana Ruiz", team: null, calls: 12, scoredCalls: 10, avgScore: 64, bySource: [], reviewed: null, skills: { discovery: 90 }, talkRatio: null, questionsAsked: 5, fillerWords: null, trend: [] },
    { rank: 2, tied: true, thin: false, repId: 9, name: "Sam Cole", team: "North", calls: 5, scoredCalls: 5, avgScore: 64, bySource: [], reviewed: null, skills: { discovery: 50 }, talkRatio: 0.5, questionsAsked: 6, fillerWords: 1, trend: [] },
    // A high average from one call: ranked after the others.
    { rank: 4, tied: false, thin: true, repId: 10, name: "Lee Park", team: "North", calls: 1, scoredCalls: 1, avgScore: 95, bySource: [], reviewed: null, skills: { discovery: 60 }, talkRatio: 0.4, questionsAsked: 7, fillerWords: 2, trend: [] },
  ],
  agents: [],
};

const agentRow = { tied: false, thin: false, team: null, skills: {}, bySource: [], reviewed: null, talkRatio: null, questionsAsked: null, fillerWords: null, trend: [] };

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

function render(sort = "rank", dir: "asc" | "desc" = "asc") {
  const html = renderToStaticMarkup(<LeaderboardTable board={board} sort={{ sort, dir }} onSort={() => {}} />);
  const at = html.indexOf("<table");
  return { phone: html.slice(0, at), desktop: html.slice(at) };
}

describe("the headline score and each source's own", () => {
  it("marks a score that takes in reviewed scores, the latest change in words", () => {
    const reviewedRow = { ...board.rows[0], reviewed: { count: 2, latest: { by: "Rebecca Holt", what: "Discovery", from: 62, to: 75 } } };
    const html = renderToStaticMarkup(<LeaderboardTable board={{ ...board, rows: [reviewedRow] }} sort={{ sort: "rank", dir: "asc" }} onSort={() => {}} />);
    expect(html).toContain('title="2 reviewed scores count here; latest by Rebecca Holt: Discovery 62 → 75"');
    expect(text(html)).toContain(", 2 reviewed scores count here; latest by Rebecca Holt: Discovery 62 → 75");
    expect(renderToStaticMarkup(<LeaderboardTable board={board} sort={{ sort: "rank", dir: "asc" }} onSort={() => {}} />)).not.toContain("reviewed score");
  });

  it("says what the score is, and opens each source's score from a rep's score", () => {
    const withSources = {
      ...board,
      rows: [{ ...board.rows[0], bySource: [{ vendor: "salesfinity", label: "Salesfinity", calls: 3, scoredCalls: 3, avgScore: 88.4 }, { vendor: "execvision", label: "ExecVision", calls: 1, scoredCalls: 0, avgScore: null }] }],
    };
    const html = renderToStaticMarkup(<LeaderboardTable board={withSources} sort={{ sort: "rank", dir: "asc" }} onSort={() => {}} />);
    expect(text(html)).toContain("the Coachboard-skill score, each scored call&#x27;s mean over the skills its source scored, across every source");
    expect(text(html)).toContain("82 , Marcus Reid&#x27;s score by source");
    expect(text(html)).toContain("Salesfinity 88 · 3 scored calls ExecVision – · 0 scored calls");
    const filtered = renderToStaticMarkup(<LeaderboardTable board={{ ...board, headline: "salesfinity", skillsNote: "Choose Salesfinity's own skills" }} sort={{ sort: "rank", dir: "asc" }} onSort={() => {}} />);
    expect(text(filtered)).toContain("this source&#x27;s own overall score, 0-100 as it defines it");
    expect(text(filtered)).toContain("Choose Salesfinity&#x27;s own skills");
  });
});

describe("the leaderboard on a phone", () => {
  it("shows each rep as a card with rank, team, calls in words, score and the key figures", () => {
    const { phone } = render();
    const cards = text(phone);
    expect(cards).toContain("Rank 1 Marcus Reid Finance &amp; Risk · 4 calls · 3 scored 82 avg score Talk ratio 46% Questions 8.4 Fillers 2.5");
    expect(cards).toContain("=2 Tied for 2nd Ana Ruiz No team · 12 calls · 10 scored 64 avg score Talk ratio – Questions 5 Fillers –");
    expect(cards).toContain("Lee Park North · 1 call · 1 scored few , fewer than 3 scored calls: ranked after the others 95 avg score");
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

  it("greys a thin sample's card, marks it, and says why below the cards", () => {
    const { phone } = render();
    const card = (name: string) => phone.slice(phone.lastIndexOf("<li", phone.indexOf(name)), phone.indexOf("</li>", phone.indexOf(name)));
    expect(card("Lee Park")).toMatch(/^<li class="[^"]*text-slate-500/);
    expect(card("Lee Park")).toContain('title="Fewer than 3 scored calls: ranked after the others"');
    expect(card("Marcus Reid")).not.toContain("text-slate-500");
    expect(card("Marcus Reid")).not.toContain("Fewer than 3");
    // The key follows the cards and the table alike.
    const { desktop } = render();
    expect(text(desktop.slice(desktop.indexOf("</table>")))).toContain("Greyed rows marked few : fewer than 3 scored calls: ranked after the others.");
    const full = renderToStaticMarkup(<LeaderboardTable board={{ ...board, rows: board.rows.filter((r) => !r.thin) }} sort={{ sort: "rank", dir: "asc" }} onSort={() => {}} />);
    expect(full).not.toContain("Greyed rows");
  });

  it("sorts by scored calls from the menu", () => {
    const { phone } = render("scoredCalls", "desc");
    expect(phone).toContain('<option value="scoredCalls" selected="">Scored calls</option>');
    expect(text(phone)).toMatch(/Ana Ruiz .* Sam Cole .* Marcus Reid .* Lee Park /);
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
    // The rep cell holds only the name, as the CSV's Rep column does; scored calls follow the calls.
    expect(text(firstRow).trim()).toMatch(/^1 Marcus Reid Finance &amp; Risk 4 3 82 /);
  });

  it("has a Scored column beside Calls, named in full", () => {
    const { desktop } = render();
    const heads = desktop.slice(0, desktop.indexOf("</thead>"));
    expect(text(heads)).toMatch(/Calls Scored Avg score/);
    expect(heads).toContain('title="Scored calls" aria-label="Scored calls"');
  });

  it("shows a shared rank as =2 with its meaning in words, and greys and marks a thin sample", () => {
    const { desktop } = render();
    const rowOf = (name: string) => desktop.slice(desktop.lastIndexOf("<tr", desktop.indexOf(name)), desktop.indexOf("</tr>", desktop.indexOf(name)));
    for (const name of ["Ana Ruiz", "Sam Cole"]) {
      expect(rowOf(name)).toContain('<span aria-hidden="true" title="Tied for 2nd">=2</span><span class="sr-only">Tied for 2nd</span>');
    }
    expect(rowOf("Marcus Reid")).not.toContain("Tied");
    expect(rowOf("Lee Park")).toMatch(/^<tr class="[^"]*text-slate-500/);
    expect(text(rowOf("Lee Park"))).toMatch(/^ 4 Lee Park North 1 1 few , fewer than 3 scored calls: ranked after the others 95 /);
    expect(rowOf("Lee Park")).toContain('title="Fewer than 3 scored calls: ranked after the others"');
    expect(rowOf("Marcus Reid")).not.toContain("text-slate-500");
  });

  it("lets headers wrap instead of cutting them, with the full name where the header is short", () => {
    const { desktop } = render();
    const heads = desktop.slice(0, desktop.indexOf("</thead>"));
    expect(heads).not.toContain("whitespace-nowrap");
    expect(heads).toContain('title="Questions per call. Computed from transcripts; the vendor&#x27;s figure where a call has none" aria-label="Questions per call"');
    expect(heads).toContain('title="Fillers per call. Computed from transcripts; the vendor&#x27;s figure where a call has none" aria-label="Fillers per call"');
    expect(text(heads)).toContain("Objection handling");
  });
});

describe("AI voice agents on the leaderboard", () => {
  const agents = [
    { ...agentRow, rank: 1, repId: 20, name: "Dial Bot", calls: 40, scoredCalls: 30, avgScore: 71 },
    { ...agentRow, rank: 2, thin: true, repId: 21, name: "Echo Bot", calls: 12, scoredCalls: 0, avgScore: null },
  ];
  const renderAgents = (list: typeof agents) => renderToStaticMarkup(<AgentList agents={list} sort={{ sort: "rank", dir: "asc" }} />);

  it("lists the agents apart, with calls, scored calls and score and no rank", () => {
    const html = renderAgents(agents);
    expect(html).toContain('<h2 id="leaderboard-agents"');
    expect(text(html)).toContain("AI voice agents");
    expect(text(html)).toContain("Dial Bot Calls 40 Scored 30 Avg score 71");
    expect(text(html)).toContain("Echo Bot Calls 12 Scored 0 Avg score –");
    expect(html).not.toContain("Rank");
    expect(html).not.toContain("<table");
  });

  it("shows nothing when there are no agents", () => {
    expect(renderAgents([])).toBe("");
  });

  it("keeps agents out of the people's table and cards", () => {
    const html = renderToStaticMarkup(<LeaderboardTable board={{ ...board, agents }} sort={{ sort: "rank", dir: "asc" }} onSort={() => {}} />);
    expect(html).not.toContain("Dial Bot");
  });
});

describe("the rep page's note on reviewed scores", () => {
  it("says how many reviewed scores its figures take in, and the latest change", () => {
    const html = renderToStaticMarkup(<ReviewedScoresNote reviewed={{ count: 1, latest: { by: "Rebecca Holt", what: "the overall score", from: null, to: 75 } }} />);
    expect(text(html)).toContain("1 reviewed score counts in these figures; latest by Rebecca Holt: the overall score 75");
    expect(renderToStaticMarkup(<ReviewedScoresNote reviewed={null} />)).toBe("");
  });
});
