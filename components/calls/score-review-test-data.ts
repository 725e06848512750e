// A call's reviewed scores for the panel's and the queue's tests: the overall
// score overridden by a manager, a skill with a rep's open dispute, a skill
// with an accepted then a rejected dispute, and one no one has touched.
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
