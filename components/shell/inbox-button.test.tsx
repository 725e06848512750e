// The header's inbox: the unread count on the badge, and in words in the
// button's name; the list of notifications with who, when and where to.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { queryKeys } from "@/lib/client/query-keys";
import type { Inbox } from "@/lib/data/dto-comments";
import { badgeText, InboxButton } from "./inbox-button";
import { InboxItems, InboxPageList, unreadInWords } from "./inbox-list";

const INBOX: Inbox = {
  unread: 3,
  items: [
    { id: 9, kind: "mention", text: "Rebecca Holt mentioned you on Acme discovery call", actor: "Rebecca Holt", callId: 7, href: "/calls/7?comment=c12", createdAt: "2026-01-07T16:30:00.000Z", read: false },
    { id: 8, kind: "reply", text: "Marcus Reid replied to your comment", actor: "Marcus Reid", callId: 7, href: "/calls/7?comment=c13", createdAt: "2026-01-06T10:00:00.000Z", read: true },
    { id: 7, kind: "mention", text: "A comment on a call no longer here", actor: null, callId: null, href: null, createdAt: "2026-01-05T10:00:00.000Z", read: false },
  ],
};

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

function withInbox(node: React.ReactNode, inbox?: Inbox) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (inbox) client.setQueryData(queryKeys.inbox(), inbox);
  return renderToStaticMarkup(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

describe("the inbox button", () => {
  it("names the unread count in words, and shows it on the badge", () => {
    const html = withInbox(<InboxButton />, INBOX);
    // Named by what it says (so the name holds the visible word), the count in words for screen readers.
    expect(html).not.toContain("aria-label");
    expect(html).toMatch(/>Inbox<\/span><span class="sr-only">, 3 unread notifications<\/span>/);
    expect(html).toMatch(/data-unread="3"[^>]*>3</);
    expect(html).toContain('aria-expanded="false"');
  });

  it("shows no badge with nothing unread, or before the count has loaded", () => {
    for (const html of [withInbox(<InboxButton />, { unread: 0, items: [] }), withInbox(<InboxButton />)]) {
      expect(html).toContain('<span class="sr-only">, no unread notifications</span>');
      expect(html).not.toContain("data-unread");
    }
  });

  it("words and figures the count", () => {
    expect([0, 1, 2, 1500].map(unreadInWords)).toEqual(["no unread notifications", "1 unread notification", "2 unread notifications", "1,500 unread notifications"]);
    expect([1, 99, 100].map(badgeText)).toEqual(["1", "99", "99+"]);
  });
});

describe("the notifications", () => {
  const html = renderToStaticMarkup(<InboxItems inbox={INBOX} onOpen={() => {}} />);

  it("list each with what happened, who, when, and a link to the moment", () => {
    expect(html).toContain('href="/calls/7?comment=c12"');
    expect(text(html)).toContain("Unread: Rebecca Holt mentioned you on Acme discovery call Mention from Rebecca Holt");
    expect(html).toContain('dateTime="2026-01-07T16:30:00.000Z"');
    expect(text(html)).toContain("Reply from Marcus Reid");
    expect(text(html)).not.toContain("Unread: Marcus Reid");
    // One with nowhere to go is listed, not linked.
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it("say when there are none", () => {
    expect(text(renderToStaticMarkup(<InboxItems inbox={{ unread: 0, items: [] }} onOpen={() => {}} />))).toContain("Nothing here yet.");
  });

  it("fill the inbox page, with the count in words and Mark all read", () => {
    const page = text(withInbox(<InboxPageList />, INBOX));
    expect(page).toContain("Notifications, 3 unread notifications");
    expect(page).toContain("Mark all read");
  });
});
