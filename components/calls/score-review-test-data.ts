// A call's reviewed scores for the panel's and the queue's tests: the overall
// score overridden by a manager, a skill with a rep's open dispute, a skill
// with an accepted then a rejected dispute, and one no one has touched; the
// same with trust markers on the AI's scores.
import type { TrustMarker } from "@/lib/data/dto-calibration";
import type { CallReviews, ReviewView } from "@/lib/data/dto-score-reviews";

const holt = { id: 2, name: "Rebecca Holt" };
const reid = { id: 7, name: "Marcus Reid" };
const none = { quote: null, quoteStartSec: null, quoteEndSec: null, decidedBy: null, decidedAt: null, decisionReason: null };

export const OVERRIDE: ReviewView = { id: 11, kind: "override", state: "applied", oldScore: 62, newScore: 75, reason: "The vendor missed the pricing talk.", createdBy: holt, createdAt: "2026-01-07T16:30:00.000Z", ...none };
export const OPEN_DISPUTE: ReviewView = {
  id: 12,
  kind: "dispute",
  state: "open",
  oldScore: 40,
  newScore: 70,
  reason: "I asked three discovery questions here.",
  quote: "How do invoices get approved today?",
  quoteStartSec: 83.2,
  quoteEndSec: 86,
  createdBy: reid,
  createdAt: "2026-01-08T09:00:00.000Z",
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
};

export const REVIEWS: CallReviews = {
  callId: 7,
  scores: [
    { skillSet: null, skill: null, label: "Overall", vendorScore: 62, effectiveScore: 75, openDisputeId: null, history: [OVERRIDE] },
    { skillSet: "gong", skill: "discovery", label: "Discovery", vendorScore: 40, effectiveScore: 40, openDisputeId: 12, history: [OPEN_DISPUTE] },
    {
      skillSet: "gong",
      skill: "closing",
      label: "Closing",
      vendorScore: 50,
      effectiveScore: 65,
      openDisputeId: null,
      history: [
        { ...OPEN_DISPUTE, id: 14, state: "rejected", oldScore: 65, newScore: 80, quoteStartSec: 300, createdAt: "2026-01-10T09:00:00.000Z", decidedBy: holt, decidedAt: "2026-01-11T09:00:00.000Z", decisionReason: "65 is fair." },
        { ...OPEN_DISPUTE, id: 13, state: "accepted", oldScore: 50, newScore: 65, quoteStartSec: 200, createdAt: "2026-01-09T09:00:00.000Z", decidedBy: { id: 3, name: "Jo Banks" }, decidedAt: "2026-01-09T12:00:00.000Z", decisionReason: null },
      ],
    },
    { skillSet: "gong", skill: "rapport", label: "Rapport", vendorScore: 88, effectiveScore: 88, openDisputeId: null, history: [] },
  ],
};

/** An AI score's marker over enough reviewed calls: 32 of 41 within 10 points. */
export const JUDGED: TrustMarker = {
  skill: "discovery",
  label: "Discovery",
  vendor: "salesfinity",
  vendorLabel: "Salesfinity",
  days: 365,
  scope: "teams",
  withinPoints: 10,
  figures: { calls: 41, meanAbsDiff: 6.2, within: 32, withinShare: 32 / 41, fromReviews: 41, fromScorecards: 0, enough: true },
};
/** Three reviewed calls: too few to judge by. */
export const TOO_FEW: TrustMarker = { ...JUDGED, skill: "closing", label: "Closing & next step", figures: { calls: 3, meanAbsDiff: 12, within: 1, withinShare: 1 / 3, fromReviews: 3, fromScorecards: 0, enough: false } };

/** The same scores, the overall one a person's (no marker), Discovery judged, Closing with too few calls, Rapport unmapped (no marker). */
export const REVIEWS_WITH_TRUST: CallReviews = {
  ...REVIEWS,
  scores: REVIEWS.scores.map((score) => ({ ...score, trust: score.skill === "discovery" ? JUDGED : score.skill === "closing" ? TOO_FEW : null })),
};
