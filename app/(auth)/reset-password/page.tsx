import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const dynamic = "force-dynamic";
// The address holds the token: no other site is told it, and no search engine keeps it.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer", robots: { index: false, follow: false } };

/** Open to the signed-out: the link's token is the proof, checked when the form is sent. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = (await searchParams).token;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
        <p className="mt-1 text-sm text-slate-600">Your admin sent you this link. It works once, for 24 hours.</p>
        <ResetPasswordForm token={typeof token === "string" ? token.slice(0, 200) : ""} />
      </div>
    </main>
  );
}
