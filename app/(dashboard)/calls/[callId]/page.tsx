import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { CallAnalysis } from "@/components/calls/call-analysis";
import { CallView } from "@/components/calls/call-view";
import { EarlySeekScript } from "@/components/calls/early-seek-script";
import type { Viewer } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { parseTimeParam } from "@/lib/client/time-param";
import type { CallDetail, ClientCall } from "@/lib/data/dto";
import { getCall } from "@/lib/data/get-call";
import { getStoredTranscript } from "@/lib/data/get-transcript";
import { transcriptWindow } from "@/lib/domain/transcript-window";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** One read of the call per request, shared by the page and its <title>. */
const loadCall = cache((viewer: Viewer, callId: number) => getCall(viewer, callId));

type Params = Promise<{ callId: string }>;

/** The call without what only the server renders (the cards under the player): the page's script never needs it. */
function withoutExtras({ extras: _, ...call }: CallDetail): ClientCall {
  return call;
}

/** The call's own title; a call the viewer may not see (or that does not exist) gets a neutral one. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const viewer = await getViewer();
  const parsed = callIdParams.safeParse(await params);
  const call = viewer && parsed.success ? await loadCall(viewer, parsed.data.callId) : null;
  return { title: call?.title ?? "Call" };
}

export default async function CallPage({ params, searchParams }: { params: Params; searchParams: Promise<{ t?: string | string[]; q?: string | string[] }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const parsed = callIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const call = await loadCall(viewer, parsed.data.callId);
  if (!call) notFound();
  const transcript = call.hasTranscript ? await getStoredTranscript(viewer, call.id) : null;
  const { t, q } = await searchParams;
  // ?t=90, ?t=1:30 or ?t=1m30s: where playback starts; ?q=: a transcript search to open with (as typed, at most 200 characters).
  const startAt = parseTimeParam(t);
  const search = typeof q === "string" ? q.trim().slice(0, 200) : "";
  // A stored transcript's first screen (around ?t=) comes with the page, in its HTML; a longer one is
  // fetched whole, once, while the page's scripts load.
  const firstScreen = transcript?.status === "ready" ? transcriptWindow(transcript, startAt * 1000) : null;
  return (
    <>
      {/* A click on the transcript seeks even before the page's scripts have loaded. */}
      {call.recordingUrl && firstScreen && <EarlySeekScript />}
      <CallView
      initialCall={withoutExtras(call)}
      initialTranscript={firstScreen?.transcript ?? transcript}
      analysis={<CallAnalysis call={call} />}
      firstScreen={firstScreen && firstScreen.transcript !== transcript ? { first: firstScreen.first, total: firstScreen.total } : undefined}
      startAt={startAt}
      initialSearch={search || undefined}
      role={viewer.role}
      />
    </>
  );
}
