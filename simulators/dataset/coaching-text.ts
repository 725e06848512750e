// Coaching language per facet, shared by every vendor's AI feedback so that
// what a call says about a rep matches the scores it got.
import type { Facet } from "./org";

export type Band = "high" | "mid" | "low";
export const band = (score: number): Band => (score >= 75 ? "high" : score >= 58 ? "mid" : "low");

interface FacetText {
  label: string;
  explanation: Record<Band, string[]>;
  recommendation: Record<Band, string>;
  win: string;
  opportunity: string;
  drill: string;
  positive: string;
  negative: string;
}

export const FACET_TEXT: Record<Facet, FacetText> = {
  intro: {
    label: "Opening",
    explanation: {
      high: ["Strong permission-based opener", "Clear, confident opener that earned the next minute", "Set the reason for the call up front and asked for permission"],
      mid: ["Polite opener but no clear reason for the call", "Opener was friendly but generic"],
      low: ["Opened with a product pitch before earning attention", "No permission or reason for the call; prospect was defensive early"],
    },
    recommendation: { high: "Consider a more personalized opener", mid: "State the reason for the call in the first ten seconds", low: "Use a permission-based opener before pitching" },
    win: "Strong opener",
    opportunity: "Earn permission before pitching",
    drill: "Record five permission-based openers and review them with your manager",
    positive: "You earned the prospect's attention quickly by asking permission and stating why you called.",
    negative: "The opening jumped into features before the prospect agreed to talk.",
  },
  discovery: {
    label: "Discovery",
    explanation: {
      high: ["Good question quality and depth, uncovered the real pain", "Open questions with follow-ups that quantified the problem"],
      mid: ["Good question quality but missed timing topic", "Asked some open questions but did not dig into impact"],
      low: ["Few questions, mostly closed; pain never quantified", "Skipped discovery and moved straight to the pitch"],
    },
    recommendation: { high: "Add one question about the decision process", mid: "Ask about timeline and decision process", low: "Ask at least three open questions before pitching" },
    win: "Deep discovery",
    opportunity: "Deeper discovery",
    drill: "Practice SPIN questions for uncovering timeline",
    positive: "Your open questions got the prospect describing the problem in their own words, and you followed up on impact.",
    negative: "Most questions were closed, so the prospect never described the cost of the problem.",
  },
  pitch: {
    label: "Pitch",
    explanation: {
      high: ["Well-tailored pitch to discovery findings", "Pitch tied directly to the pain the prospect described"],
      mid: ["Pitch was clear but only partly tailored", "Value was stated but not connected to the prospect's numbers"],
      low: ["Generic feature list, not tied to discovery", "Long pitch with no link to the prospect's situation"],
    },
    recommendation: { high: "Include a customer success story", mid: "Replay the prospect's own words before pitching", low: "Limit the pitch to the one capability that fixes the stated pain" },
    win: "Good pitch tailoring",
    opportunity: "Tie the pitch to discovery",
    drill: "Rewrite your pitch as three sentences that each start from a discovery finding",
    positive: "You connected the product to the exact problem the prospect described.",
    negative: "The pitch listed features instead of answering the prospect's problem.",
  },
  tonality: {
    label: "Delivery",
    explanation: {
      high: ["Good pace, calm and confident delivery", "Steady pace with almost no filler words"],
      mid: ["Good pace, minor filler word usage", "Pace was fine but some filler words crept in"],
      low: ["Fast pace, frequent filler words and interruptions", "Talked over the prospect and used many filler words"],
    },
    recommendation: { high: "Keep using pauses after key points", mid: "Reduce filler words", low: "Slow down and let the prospect finish before responding" },
    win: "Calm, confident delivery",
    opportunity: "Slow down and cut filler words",
    drill: "Listen back to two calls and count filler words; aim to halve them next week",
    positive: "Your pace was easy to follow and you let the prospect finish their thoughts.",
    negative: "Filler words and interruptions made the message harder to follow.",
  },
  objection: {
    label: "Objection handling",
    explanation: {
      high: ["Acknowledged the objection, probed, and checked resolution", "Explored the real concern behind the objection instead of arguing"],
      mid: ["Addressed the objection but no follow-up probe", "Handled the objection partly; the concern was not fully resolved"],
      low: ["Argued with the objection instead of exploring it", "Objection was ignored and the prospect disengaged"],
    },
    recommendation: { high: "Keep confirming resolution before moving on", mid: "Add a follow-up question after handling objections", low: "Acknowledge, then ask a question before responding to objections" },
    win: "Composed objection handling",
    opportunity: "Objection follow-up probes",
    drill: "Role-play the top three objections using acknowledge, probe, respond, check",
    positive: "You acknowledged the concern and asked what was behind it before responding.",
    negative: "You pushed back on the objection instead of finding out what was behind it.",
  },
  cta: {
    label: "Closing",
    explanation: {
      high: ["Clear CTA with specific time offered", "Asked for a concrete next step with a proposed time"],
      mid: ["Asked for a next step but without a specific time", "CTA was present but soft"],
      low: ["No clear call to action", "Ended with a vague promise to send information"],
    },
    recommendation: { high: "Confirm next steps via email", mid: "Offer two specific times for the next meeting", low: "Always ask for a specific next step before ending the call" },
    win: "Clear next step with a specific time",
    opportunity: "Ask for a specific next step",
    drill: "End every call this week by offering two specific meeting times",
    positive: "You closed with a specific time, which made it easy to say yes.",
    negative: "The call ended without a concrete next step.",
  },
};
