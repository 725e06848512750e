"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/client/fetch-json";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** What is wrong with the new password as typed, in words; null when it may be sent. */
export function newPasswordProblem(password: string, confirm: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must be at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password !== confirm) return "The two passwords do not match.";
  return null;
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  if (!token) {
    return (
      <p role="alert" className="mt-6 rounded-lg border border-slate-200 bg-white p-6 text-sm text-red-700 shadow-sm">
        This address has no reset token. Ask your admin for a new link.
      </p>
    );
  }

  if (done) {
    return (
      <div role="status" className="mt-6 rounded-lg border border-slate-200 bg-white p-6 text-sm shadow-sm">
        <p className="text-emerald-700">Your password is changed. Any other sessions you had are signed out.</p>
        <p className="mt-3">
          <Link href="/login" className="font-medium text-brand-700 underline">
            Sign in with your new password
          </Link>
        </p>
      </div>
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    const problem = newPasswordProblem(password, String(form.get("confirm") ?? ""));
    setError(problem);
    if (problem) return;
    setPending(true);
    try {
      await fetchJson("/api/auth/reset-password", { method: "POST", body: JSON.stringify({ token, password }) });
      setDone(true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <div>
        <label htmlFor="new-password" className="block text-sm font-medium text-slate-700">
          New password ({MIN_PASSWORD_LENGTH}+ characters)
        </label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={MAX_PASSWORD_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reset-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </div>
      <div>
        <label htmlFor="confirm-password" className="block text-sm font-medium text-slate-700">
          Confirm the new password
        </label>
        <input
          id="confirm-password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          maxLength={MAX_PASSWORD_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reset-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </div>
      {error && (
        <p id="reset-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
