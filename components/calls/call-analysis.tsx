// The cards under the player: summary, skill scores, coaching, talk stats and
// the vendor's insight. Rendered on the server: nothing in them moves with
// playback or search, so they ship no script and cost the page no hydration;
// their "play this moment" buttons are small client islands (seek-button.tsx).
import type { CallDetail } from "@/lib/data/dto";
import { CoachingCard } from "./coaching-card";
import { InsightCard } from "./insight-card";
import { ScoreList } from "./score-list";
import { SummaryCard } from "./summary-card";
import { TalkStats } from "./talk-stats";

export function CallAnalysis({ call }: { call: CallDetail }) {
  return (
    <div className="order-3 space-y-5">
      <SummaryCard call={call} />
      <ScoreList call={call} />
      <CoachingCard call={call} />
      <TalkStats call={call} />
      {call.insight && <InsightCard insight={call.insight} />}
    </div>
  );
}
