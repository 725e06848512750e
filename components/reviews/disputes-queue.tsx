"use client";

// The review queue: reps' disputes of scores waiting for a decision, newest
// first, each linking to the call at the words the rep quoted, where the
// manager accepts or rejects it.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { EventTime } from "@/components/ui/time-zone";
import { useOpenDisputesQuery } from "@/lib/client/use-score-reviews";
import type { OpenDisputes, OpenDisputeView } from "@/lib/data/dto-score-reviews";

/** The call at the quoted words, where the dispute is decided. */
export function disputeHref(dispute: Pick<OpenDisputeView, "callId" | "quoteStartSec">): string {
  const at = dispute.quoteStartSec !== null ? `?t=${Math.floor(Math.max(0, dispute.quoteStartSec))}` : "";
  return `/calls/${dispute.callId}${at}`;
}

const score = (value: number | null) => (value === null ? "—" : String(Math.round(value)));

function DisputeItem({ dispute }: { dispute: OpenDisputeView }) {
  return (
    <li className="space-y-1 px-4 py-3">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-medium text-slate-900">{dispute.rep?.name ?? "A rep"}</span>
        <span className="text-slate-600">disputes</span>
        <span className="font-medium text-slate-900">{dispute.label}</span>
        <span className="tabular-nums text-slate-700">
          {score(dispute.oldScore)}
          {dispute.newScore !== null && ` → ${score(dispute.newScore)} proposed`}
        </span>
      </p>
      <p className="text-sm">
        <Link href={disputeHref(dispute)} className="break-words font-medium text-brand-700 underline-offset-2 hover:underline">
          {dispute.callTitle}
        </Link>
        <span className="text-xs text-slate-600">
          {" "}
          · disputed <EventTime iso={dispute.createdAt} />
        </span>
      </p>
      <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{dispute.reason}</p>
      {dispute.quote !== null && <blockquote className="break-words border-l-2 border-brand-500 pl-2 text-sm italic text-slate-700">“{dispute.quote}”</blockquote>}
    </li>
  );
}

export function DisputesList({ data }: { data: OpenDisputes }) {
  if (data.disputes.length === 0) return <Empty title="No open disputes" body="When a rep disputes a score on one of your team's calls, it waits here for your decision." />;
  return (
    <Card>
      {/* Newest first, as the server gives them. */}
      <ul aria-label="Open disputes" className="-m-4 divide-y divide-slate-100">
        {data.disputes.map((dispute) => (
          <DisputeItem key={dispute.id} dispute={dispute} />
        ))}
      </ul>
    </Card>
  );
}

export function DisputesQueue() {
  const query = useOpenDisputesQuery();
  if (query.isPending) return <Loading label="Loading disputes…" />;
  if (query.isError) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  return <DisputesList data={query.data} />;
}
