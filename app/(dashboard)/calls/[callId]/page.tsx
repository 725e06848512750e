import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CallView } from "@/components/calls/call-view";
import { getViewer } from "@/lib/auth/viewer";
import { getCall } from "@/lib/data/get-call";
import { callIdParams } from "@/lib/http/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Call" };

export default async function CallPage({ params, searchParams }: { params: Promise<{ callId: string }>; searchParams: Promise<{ t?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const parsed = callIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const call = await getCall(viewer, parsed.data.callId);
  if (!call) notFound();
  const t = Number((await searchParams).t);
  return <CallView initialCall={call} startAt={Number.isFinite(t) && t >= 0 ? t : 0} />;
}
