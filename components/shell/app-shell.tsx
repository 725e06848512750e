"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { signOut } from "@/lib/client/sign-out";
import { BrowserTimeZone } from "./browser-time-zone";
import { InboxButton } from "./inbox-button";

interface ShellViewer {
  name: string;
  email: string;
  role: Role;
  repId: number | null;
}

function navFor(viewer: ShellViewer) {
  const items: { href: string; label: string }[] = [];
  if (viewer.role !== "rep") items.push({ href: "/leaderboard", label: "Leaderboard" });
  if (viewer.role === "rep" && viewer.repId) items.push({ href: `/reps/${viewer.repId}`, label: "My skills" });
  items.push({ href: "/calls", label: viewer.role === "rep" ? "My calls" : "Calls" });
  items.push({ href: "/topics", label: "Topics" });
  items.push({ href: "/coaching", label: "Coaching" });
  if (viewer.role !== "rep") items.push({ href: "/reviews", label: "Reviews" }, { href: "/calibration", label: "Calibration" });
  if (viewer.role === "admin") items.push({ href: "/admin", label: "Admin" });
  items.push({ href: "/settings", label: "Settings" });
  return items;
}

/**
 * Signs out on the server (which ends the session everywhere), then loads the
 * sign-in page afresh on the address in the bar (whatever address the server
 * knows), so nothing of this user stays in memory or one Back away.
 */
async function signOutHere() {
  await signOut();
  window.location.replace("/login");
}

export function AppShell({ viewer, children }: { viewer: ShellViewer; children: React.ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const items = navFor(viewer);
  return (
    <div className="min-h-screen">
      <BrowserTimeZone />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
            Coachboard
          </Link>
          <nav aria-label="Main" className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-14 z-40 flex-col gap-1 border-b border-slate-200 bg-white p-3 md:static md:flex md:min-w-0 md:flex-1 md:flex-row md:flex-wrap md:border-0 md:p-0`}>
            {items.map((item) => {
              const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
              return (
                <Link
                  key={item.href}
                  href={item.href}
                  onClick={() => setOpen(false)}
                  aria-current={active ? "page" : undefined}
                  className={`rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"}`}
                >
                  {item.label}
                </Link>
              );
            })}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <InboxButton />
            {/* Beside the main links there is room for the name only on wide screens. */}
            <span className="hidden text-sm text-slate-600 sm:inline md:hidden lg:inline" title={viewer.email}>
              {viewer.name} · <span className="capitalize">{viewer.role}</span>
            </span>
            <button type="button" onClick={() => void signOutHere()} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
              Sign out
            </button>
            <button type="button" className="rounded-md border border-slate-300 px-2 py-1 text-sm md:hidden" aria-expanded={open} aria-label="Menu" onClick={() => setOpen(!open)}>
              Menu
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
