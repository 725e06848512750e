import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CalibrationView } from "@/components/calibration/calibration-view";
import { getViewer } from "@/lib/auth/viewer";
import { DEFAULT_DAYS } from "@/lib/coaching/calibration";
import { calibrationQuery, getCalibration } from "@/lib/data/calibration";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Calibration" };

// How far the AI's scores agree with people's on the same calls: a manager's teams, or every call for an admin.
export default async function CalibrationPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.role === "rep") redirect("/");
  const parsed = calibrationQuery.safeParse(await searchParams);
  const days = parsed.success ? parsed.data.days : DEFAULT_DAYS;
  // The first paint is rendered here; react-query takes over when the period changes.
  const initial = await getCalibration(viewer, { days });
  return <CalibrationView initial={initial} initialDays={days} />;
}
