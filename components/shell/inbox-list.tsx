"use client";

// The viewer's notifications, newest first: what happened, who did it, when,
// and a link to the moment it is about (opening one marks it read). Shown in
// the header's inbox and on the inbox page.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EventTime } from "@/components/ui/time-zone";
import { useInboxQuery, useMarkRead } from "@/lib/client/use-inbox-query";
import type { Inbox, NotificationView } from "@/lib/data/dto-comments";
import { formatCount } from "@/lib/plural";

/** The unread count in words, for the badge's screen-reader name and the list's heading. */
export function unreadInWords(unread: number): string {
  return unread > 0 ? formatCount(unread, "unread notification") : "no unread notifications";
}

const KIND_LABEL: Record<string, string> = { mention: "Mention", reply: "Reply", dispute: "Dispute", review: "Review", feedback: "Feedback request" };

/** What a notice is, in a word or two (an unknown kind as it is stored). */
export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function ItemBody({ item }: { item: NotificationView }) {
  return (
    <span className="flex items-start gap-2">
      <span aria-hidden="true" className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${item.read ? "" : "bg-brand-600"}`} />
      <span className="min-w-0 flex-1">
        {!item.read && <span className="sr-only">Unread: </span>}
        <span className={`block break-words text-sm ${item.read ? "text-slate-700" : "font-medium text-slate-900"}`}>{item.text}</span>
        <span className="mt-0.5 block text-xs text-slate-600">
          {kindLabel(item.kind)}
          {item.actor && ` from ${item.actor}`} · <EventTime iso={item.createdAt} />
        </span>
      </span>
    </span>
  );
}

export function InboxItems({ inbox, onOpen }: { inbox: Inbox; onOpen: (item: NotificationView) => void }) {
  if (inbox.items.length === 0) return <p className="px-3 py-4 text-sm text-slate-500">Nothing here yet. When someone mentions you or replies to your comment, it shows here.</p>;
  return (
    <ul aria-label="Notifications" className="divide-y divide-slate-100">
      {inbox.items.map((item) => (
        <li key={item.id}>
          {item.href ? (
            <Link href={item.href} onClick={() => onOpen(item)} className="block px-3 py-2.5 hover:bg-slate-50 focus-visible:bg-slate-50">
              <ItemBody item={item} />
            </Link>
          ) : (
            <div className="px-3 py-2.5">
              <ItemBody item={item} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What opening a notification does besides following its link: marks it read if it was not. */
export function useOpenNotification() {
  const markRead = useMarkRead();
  return {
    markRead,
    open: (item: NotificationView) => {
      if (!item.read) markRead.mutate({ ids: [item.id] });
    },
  };
}

export function MarkAllRead({ unread, markRead }: { unread: number; markRead: ReturnType<typeof useMarkRead> }) {
  return (
    <Button type="button" variant="secondary" className="px-2 py-1 text-xs" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
      {markRead.isPending ? "Marking…" : "Mark all read"}
    </Button>
  );
}

/** The inbox page's list: the same notifications as the header's, with room to read them. */
export function InboxPageList() {
  const query = useInboxQuery();
  const { markRead, open } = useOpenNotification();
  const inbox = query.data;
  return (
    <Card title={inbox ? `Notifications, ${unreadInWords(inbox.unread)}` : "Notifications"} action={inbox && <MarkAllRead unread={inbox.unread} markRead={markRead} />}>
      <div className="-m-4">
        {query.isPending && <p className="px-4 py-4 text-sm text-slate-500">Loading notifications…</p>}
        {query.isError && !inbox && (
          <p role="alert" className="px-4 py-4 text-sm text-red-700">
            The notifications could not be loaded: {query.error.message}
          </p>
        )}
        {inbox && <InboxItems inbox={inbox} onOpen={open} />}
        {markRead.isError && (
          <p role="alert" className="px-4 py-2 text-sm text-red-700">
            {markRead.error.message}
          </p>
        )}
      </div>
    </Card>
  );
}
