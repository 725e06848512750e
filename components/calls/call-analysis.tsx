// The cards under the player: summary, skill scores (with Salesfinity's
// checks), detected objections, scorecards, coaching, listens and shares, talk
// stats, the CRM match and the vendor's insight; a card with nothing to show
// is left out. Rendered on the server: nothing in them moves with
// playback or search, so they ship no script and cost the page no hydration;
// their "play this moment" buttons are small client islands (seek-button.tsx).
import type { CallDetail } from "@/lib/data/dto";
import type { TalkSources } from "@/lib/data/dto-talk-source";
import { ActivityCard } from "./activity-card";
import { CoachingCard } from "./coaching-card";
import { CrmCard } from "./crm-card";
import { InsightCard } from "./insight-card";
import { ObjectionsCard } from "./salesfinity-details";
import { ScoreList } from "./score-list";
import { ScorecardAnswersCard } from "./scorecard-answers-card";
import { SummaryCard } from "./summary-card";
import { TalkStats } from "./talk-stats";

export function CallAnalysis({ call }: { call: CallDetail & { talkSources?: TalkSources } }) {
  return (
    <div className="order-3 space-y-5">
      <SummaryCard call={call} />
      <ScoreList call={call} facetDetails={call.extras.facetDetails} />
      <ObjectionsCard objections={call.extras.objections} />
      <ScorecardAnswersCard scorecards={call.extras.scorecards} />
      <CoachingCard call={call} />
      <ActivityCard activity={call.extras.activity} />
      <TalkStats call={call} />
      <CrmCard crm={call.extras.crm} />
      {call.insight && <InsightCard insight={call.insight} />}
    </div>
  );
}
