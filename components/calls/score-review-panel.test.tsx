// The score-review panel: the effective value with the vendor's beside it and
// a mark naming who changed it; each score's history; Override for managers
// and admins, Accept and Reject on an open dispute; Dispute for the rep.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { queryKeys } from "@/lib/client/query-keys";
import type { CallReviews } from "@/lib/data/dto-score-reviews";
import { ScoreReviewPanel } from "./score-review-panel";
import { reviewedMark, shortName } from "./score-review-model";
import { JUDGED, REVIEWS, REVIEWS_WITH_TRUST, TOO_FEW } from "./score-review-test-data";
import { trustDetail, trustSentence } from "./trust-marker";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

function render(role: Role, data: CallReviews | null = REVIEWS) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (data) client.setQueryData(queryKeys.callReviews(7), data);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ScoreReviewPanel callId={7} role={role} index={null} onSeek={() => {}} />
    </QueryClientProvider>,
  );
}

/** The markup of one score's row. */
function row(html: string, key: string): string {
  const at = html.indexOf(`data-score="${key}"`);
  expect(at, key).toBeGreaterThan(-1);
  const end = html.indexOf("data-score=", at + 1);
  return html.slice(at, end === -1 ? undefined : end);
}

describe("the score-review panel", () => {
  const manager = render("manager");

  it("lists the scores in the order given, the overall first", () => {
    expect([...manager.matchAll(/data-score="([^"]+)"/g)].map((m) => m[1])).toEqual(["overall", "gong:discovery", "gong:closing", "gong:rapport"]);
  });

  it("shows the effective value, the vendor's beside it and who changed it, on a reviewed score only", () => {
    const overall = row(manager, "overall");
    expect(overall).toContain('aria-label="Overall: 75"');
    expect(text(overall)).toContain("Vendor: 62");
    expect(overall).toContain('title="reviewed by R. Holt: 62 → 75"');
    expect(text(overall)).toContain("reviewed by R. Holt: 62 → 75");
    // An accepted dispute is the deciding manager's change; the later rejected one changed nothing.
    expect(row(manager, "gong:closing")).toContain('title="reviewed by J. Banks: 50 → 65"');
    for (const key of ["gong:discovery", "gong:rapport"]) {
      expect(text(row(manager, key))).not.toContain("Vendor:");
      expect(row(manager, key)).not.toContain("reviewed by");
    }
  });

  it("keeps each score's history: kind, state, who, when, old → new, reason, the quote playing its moment, the decision", () => {
    const closing = row(manager, "gong:closing");
    expect(closing).toContain('aria-label="Reviews of Closing"');
    expect(text(closing)).toMatch(/Dispute Rejected 65 → 80 proposed Marcus Reid/);
    expect(text(closing)).toMatch(/Dispute Accepted 50 → 65 Marcus Reid/);
    expect(closing).toContain('dateTime="2026-01-10T09:00:00.000Z"');
    expect(text(closing)).toMatch(/Rejected by Rebecca Holt .* 65 is fair\./);
    expect(closing).toContain('aria-label="Play the quoted words from 5:00: dispute of Closing"');
    expect(text(row(manager, "overall"))).toMatch(/Override Applied 62 → 75 Rebecca Holt .* The vendor missed the pricing talk\./);
    expect(row(manager, "gong:rapport")).not.toContain("History");
  });

  it("gives a manager or an admin Override on every score, and Accept and Reject where a dispute is open", () => {
    for (const html of [manager, render("admin")]) {
      for (const label of ["Overall", "Discovery", "Closing", "Rapport"]) expect(html).toContain(`aria-label="Override ${label}"`);
      expect(row(html, "gong:discovery")).toContain('aria-label="Accept the dispute of Discovery"');
      expect(row(html, "gong:discovery")).toContain('aria-label="Reject the dispute of Discovery"');
      expect(html.match(/aria-label="(Accept|Reject) the dispute/g)).toHaveLength(2);
      expect(html).not.toMatch(/aria-label="Dispute /);
    }
  });

  it("gives the rep Dispute on each score not already disputed, and none of a manager's actions", () => {
    const rep = render("rep");
    for (const label of ["Overall", "Closing", "Rapport"]) expect(rep).toContain(`aria-label="Dispute ${label}"`);
    expect(rep).not.toContain('aria-label="Dispute Discovery"');
    expect(text(row(rep, "gong:discovery"))).toContain("waiting for a manager’s decision");
    expect(rep).not.toMatch(/aria-label="(Override|Accept|Reject) /);
  });

  it("says when there are no scores, and while they load", () => {
    expect(text(render("manager", { callId: 7, scores: [] }))).toContain("This call has no scores to review yet.");
    expect(text(render("manager", null))).toContain("Loading scores…");
  });
});

describe("the trust marker beside an AI score", () => {
  it("says how often the AI and the managers agreed, on the AI's scores only, for every role", () => {
    for (const role of ["manager", "admin", "rep"] as const) {
      const html = render(role, REVIEWS_WITH_TRUST);
      expect(text(row(html, "gong:discovery"))).toContain("AI and managers agree within 10 points on 78% of 41 calls");
      expect(row(html, "gong:discovery")).toContain('data-trust="judged"');
      expect(text(row(html, "gong:closing"))).toContain("Not calibrated yet: too few reviewed calls (3 calls so far)");
      expect(text(row(html, "gong:closing"))).not.toContain("of the last 365 days");
      for (const key of ["overall", "gong:rapport"]) expect(row(html, key)).not.toContain("data-trust");
    }
    expect(render("manager")).not.toContain("data-trust");
  });

  it("names the skill, the vendor, whose calls and the period, and the mean difference once there are enough calls", () => {
    expect(trustDetail(JUDGED)).toBe("Discovery by Salesfinity, your teams' calls of the last 365 days; mean difference 6.2 points");
    expect(trustDetail({ ...TOO_FEW, scope: "team" })).toBe("Closing & next step by Salesfinity, your team's calls of the last 365 days");
    expect(trustSentence({ ...TOO_FEW, figures: { ...TOO_FEW.figures, calls: 0, within: 0, withinShare: null } })).toBe("Not calibrated yet: too few reviewed calls (none so far)");
    expect(trustSentence({ ...JUDGED, figures: { ...JUDGED.figures, calls: 5, within: 5, withinShare: 1 } })).toBe("AI and managers agree within 10 points on 100% of 5 calls");
  });
});

describe("reviewedMark", () => {
  it("names the reviewer by initial and surname, or not at all when unknown", () => {
    expect(shortName("Rebecca Holt")).toBe("R. Holt");
    expect(shortName("Cher")).toBe("Cher");
    expect(shortName("  ")).toBeNull();
    const overall = REVIEWS.scores[0];
    expect(reviewedMark({ ...overall, history: [{ ...overall.history[0], createdBy: { id: 2, name: null } }] })).toBe("reviewed: 62 → 75");
    expect(reviewedMark(REVIEWS.scores[3])).toBeNull();
  });
});
