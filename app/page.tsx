import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

/** Home: managers and admins land on the leaderboard, reps on their own page. */
export default async function HomePage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.role === "rep") redirect(viewer.repId ? `/reps/${viewer.repId}` : "/calls");
  redirect("/leaderboard");
}
