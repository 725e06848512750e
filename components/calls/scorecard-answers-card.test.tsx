// The scorecards card: each filled-out scorecard with its reviewer, its
// answers as the scheme reads them with their percentage, reasons and
// comments, grouped by skill; nothing at all when the call has none.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ScorecardResultView } from "@/lib/data/dto-call-extras";
import { answerText, ScorecardAnswersCard } from "./scorecard-answers-card";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const RESULT: ScorecardResultView = {
  resultId: "r1",
  name: "Discovery review",
  reviewer: { name: "Ben Moss", email: "ben@org.example" },
  scoredAt: "2026-01-08T10:00:00.000Z",
  answers: [
    { question: "Did the rep ask about timeline?", skills: ["Discovery"], scheme: "OneToFive", answer: 3, rawAnswer: 3, percent: 60, reason: null, comment: null },
    { question: "Did the rep confirm budget?", skills: ["Qualification", "Discovery"], scheme: "YesNo", answer: 1, rawAnswer: 5, percent: 100, reason: "Asked directly", comment: "Nice work" },
    { question: "Overall impression", skills: [], scheme: "TenPoint", answer: 7, rawAnswer: 7, percent: null, reason: null, comment: null },
  ],
};

describe("a scorecard answer", () => {
  it("reads as its scheme gives it", () => {
    const a = (scheme: string, answer: number | null, rawAnswer: number | null = answer) => answerText({ scheme, answer, rawAnswer });
    expect([a("YesNo", 1), a("YesNo", 0), a("PassFail", 1), a("PassFail", 0)]).toEqual(["Yes", "No", "Pass", "Fail"]);
    expect([a("OneToFive", 4), a("OneToThree", 2, 3), a("OneTwo", 1, 3)]).toEqual(["4 of 5", "2 of 3", "1 of 2"]);
    expect([a("TenPoint", 7.25), a("YesNo", null, null)]).toEqual(["7.25", "Not answered"]);
  });
});

describe("the scorecards card", () => {
  it("shows the scorecard, its reviewer and when, and per skill each question with answer, percent, reason and comment", () => {
    const html = renderToStaticMarkup(<ScorecardAnswersCard scorecards={[RESULT]} />);
    const t = text(html);
    expect(t).toContain("Scorecards");
    expect(t).toContain("1 review");
    expect(t).toContain("Discovery review");
    expect(t).toContain("Scored by Ben Moss");
    expect(html).toContain('dateTime="2026-01-08T10:00:00.000Z"');
    // Grouped by each question's first skill, untagged questions last.
    expect(t.indexOf("Discovery Did the rep ask")).toBeGreaterThan(-1);
    expect(t.indexOf("Qualification")).toBeLessThan(t.indexOf("Other questions"));
    expect(t).toMatch(/Did the rep ask about timeline\? 3 of 5 60/);
    expect(t).toMatch(/Did the rep confirm budget\? Yes 100/);
    expect(t).toContain("Also: Discovery");
    expect(t).toContain("Reason: Asked directly");
    expect(t).toContain("Comment: Nice work");
    // No percentage for a scheme the docs do not list.
    expect(t).toMatch(/Overall impression 7 $/);
  });

  it("names a reviewer Coachboard does not know by email, and does not group questions no skill tags", () => {
    const html = renderToStaticMarkup(
      <ScorecardAnswersCard scorecards={[{ ...RESULT, reviewer: { name: null, email: "coach@else.example" }, answers: [RESULT.answers[2]] }, { ...RESULT, resultId: "r2", reviewer: null, answers: [] }]} />,
    );
    expect(text(html)).toContain("Scored by coach@else.example");
    expect(text(html)).toContain("Scored by Unknown reviewer");
    expect(text(html)).toContain("2 reviews");
    expect(text(html)).not.toContain("Other questions");
  });

  it("is left out when the call has no scorecard", () => {
    expect(renderToStaticMarkup(<ScorecardAnswersCard scorecards={[]} />)).toBe("");
  });
});
