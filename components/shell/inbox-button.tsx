"use client";

// The header's inbox: a bell with the unread count, named in words for screen
// readers, that opens the latest notifications under it (across the screen on
// a phone). Escape or a click elsewhere closes it.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useInboxQuery } from "@/lib/client/use-inbox-query";
import type { Inbox } from "@/lib/data/dto-comments";
import { InboxItems, MarkAllRead, unreadInWords, useOpenNotification } from "./inbox-list";

/** The badge's figure: the count, or "99+". */
export function badgeText(unread: number): string {
  return unread > 99 ? "99+" : String(unread);
}

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="h-5 w-5">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

function InboxPanel({ id, inbox, error, onClose }: { id: string; inbox: Inbox | undefined; error: string | null; onClose: () => void }) {
  const { markRead, open } = useOpenNotification();
  return (
    <div id={id} role="region" aria-label="Inbox" className="fixed inset-x-2 top-14 z-50 max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-96">
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-3 py-2">
        <p className="text-sm font-semibold text-slate-800">Notifications</p>
        {inbox && <MarkAllRead unread={inbox.unread} markRead={markRead} />}
      </div>
      {!inbox && !error && <p className="px-3 py-4 text-sm text-slate-500">Loading notifications…</p>}
      {!inbox && error && (
        <p role="alert" className="px-3 py-4 text-sm text-red-700">
          The notifications could not be loaded: {error}
        </p>
      )}
      {inbox && (
        <InboxItems
          inbox={inbox}
          onOpen={(item) => {
            open(item);
            onClose();
          }}
        />
      )}
      {markRead.isError && (
        <p role="alert" className="px-3 py-2 text-sm text-red-700">
          {markRead.error.message}
        </p>
      )}
      <div className="border-t border-slate-100 px-3 py-2 text-right">
        <Link href="/inbox" onClick={onClose} className="text-sm font-medium text-brand-700 hover:underline">
          See all in the inbox
        </Link>
      </div>
    </div>
  );
}

export function InboxButton() {
  const query = useInboxQuery();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const unread = query.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="sm:relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className="relative inline-flex h-9 min-w-9 items-center justify-center gap-1.5 rounded-md px-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <BellIcon />
        {/* The name is what the button says (the word shown on wide screens), and the unread count in words. */}
        <span className="sr-only lg:not-sr-only">Inbox</span>
        <span className="sr-only">{`, ${unreadInWords(unread)}`}</span>
        {unread > 0 && (
          <span aria-hidden="true" data-unread={unread} className="absolute -right-0.5 -top-0.5 min-w-[1.125rem] rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-[1.125rem] text-white">
            {badgeText(unread)}
          </span>
        )}
      </button>
      {open && <InboxPanel id={panelId} inbox={query.data} error={query.isError ? query.error.message : null} onClose={() => setOpen(false)} />}
    </div>
  );
}
