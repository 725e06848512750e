// Salesfinity's details on the call page: under each facet's score its checks
// (passed or failed), metrics and what to improve; and the objections it
// detected, a play button for one that comes with its moment.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CallScore } from "@/lib/data/dto";
import type { FacetDetails } from "@/lib/data/dto-call-extras";
import { metricText, ObjectionsCard } from "./salesfinity-details";
import { ScoreList } from "./score-list";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const score = (skill: string, label: string, skillSet = "salesfinity"): CallScore => ({
  skillSet,
  skill,
  label,
  score: 80,
  weight: null,
  explanation: null,
  strength: null,
  fix: null,
  insufficientEvidence: false,
  evidence: [],
});

const INTRO: FacetDetails = {
  skill: "intro",
  checks: [
    { text: "Permission opener used", passed: true },
    { text: "Personalised", passed: false },
  ],
  metrics: [
    { key: "opener_length_sec", value: 12 },
    { key: "open_question_ratio", value: 0.625 },
    { key: "topic_coverage", value: ["pain", "current_tools"] },
    { key: "cta_type", value: "meeting" },
  ],
  recommendation: "Consider a more personalized opener",
};

describe("a Salesfinity facet in the skill scores", () => {
  it("shows its checks passed and failed, its metrics and what to improve", () => {
    const html = renderToStaticMarkup(<ScoreList call={{ vendor: "salesfinity", status: null, durationSec: 245, scores: [score("intro", "Intro"), score("pitch", "Pitch")] }} facetDetails={[INTRO]} />);
    const t = text(html);
    expect(t).toContain("Passed: Permission opener used");
    expect(t).toContain("Failed: Personalised");
    expect(t).toMatch(/Opener length 12 s/);
    expect(t).toMatch(/Open question ratio 63%/);
    expect(t).toMatch(/Topic coverage Pain, Current tools/);
    expect(t).toMatch(/Cta type Meeting/);
    expect(t).toContain("Improve: Consider a more personalized opener");
    // Only under the facet the details belong to.
    expect(t.indexOf("Improve:")).toBeLessThan(t.indexOf("Pitch"));
  });

  it("shows nothing more for a facet without details, or a score of another set with the same skill", () => {
    const html = renderToStaticMarkup(<ScoreList call={{ vendor: "analyses", status: null, durationSec: 245, scores: [score("intro", "Intro", "analyses")] }} facetDetails={[INTRO]} />);
    expect(text(html)).not.toContain("Permission opener used");
    expect(text(renderToStaticMarkup(<ScoreList call={{ vendor: "salesfinity", status: null, durationSec: 245, scores: [score("intro", "Intro")] }} />))).not.toContain("Improve");
  });

  it("words metrics by what they measure, keeping free text as sent", () => {
    expect(metricText({ key: "core_pitch_duration_sec", value: 95 })).toBe("1 min 35 s");
    expect(metricText({ key: "filler_density_per_min", value: 2.1 })).toBe("2.1");
    expect(metricText({ key: "current_vendor", value: "Competitor Inc" })).toBe("Competitor Inc");
  });
});

describe("the detected objections", () => {
  it("lists each, a button to its moment when there is one", () => {
    const html = renderToStaticMarkup(
      <ObjectionsCard
        objections={[
          { text: "budget", startSec: null },
          { text: "Timing is bad", startSec: 42 },
        ]}
      />,
    );
    expect(text(html)).toContain("Objections detected");
    expect(text(html)).toContain("Budget");
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Play objection at 0:42: Timing is bad"');
  });

  it("is left out when none were detected", () => {
    expect(renderToStaticMarkup(<ObjectionsCard objections={[]} />)).toBe("");
  });
});
