// The comments panel: threads with author, time, moment and quote; synced
// ExecVision ones marked; deleted ones kept in their thread; mentions shown as
// names; one's own comments editable; the box says where the comment goes.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { queryKeys } from "@/lib/client/query-keys";
import { createPlaybackStore } from "@/lib/client/use-playback-store";
import type { CallComments } from "@/lib/data/dto-comments";
import { COMMENTS } from "./comment-test-data";
import { CommentsPanel, countComments } from "./comments-panel";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

function render(data: CallComments | undefined, { focus = null as string | null, at = 83 } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (data) client.setQueryData(queryKeys.comments(7), data);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <CommentsPanel callId={7} store={createPlaybackStore({ currentTime: at })} index={null} focus={focus} onSeek={() => {}} />
    </QueryClientProvider>,
  );
}

/** The markup of one comment, by its key. */
function comment(html: string, key: string): string {
  const at = html.indexOf(`id="comment-${key}"`);
  expect(at, key).toBeGreaterThan(-1);
  return html.slice(at, html.indexOf("</article>", at));
}

describe("the comments panel", () => {
  const html = render(COMMENTS);

  it("lists the threads in the order given, each with its author, time and a button to its moment", () => {
    expect([...html.matchAll(/id="comment-(\w+)"/g)].map((m) => m[1])).toEqual(["c12", "c13", "f34", "c20", "c21"]);
    expect(html).toContain('aria-label="Play from 0:06–0:09: comment by Rebecca Holt"');
    expect(text(comment(html, "c12"))).toContain("0:06–0:09");
    expect(comment(html, "c12")).toContain('dateTime="2026-01-07T16:30:00.000Z"');
    expect(text(comment(html, "c12"))).toContain("“How do invoices get approved today?”");
    expect(text(comment(html, "c12"))).toContain("(edited)");
    expect(html).toContain('aria-label="Replies to Rebecca Holt"');
    expect(text(html)).toContain("4 comments");
  });

  it("marks the synced ExecVision highlight as such, and offers a reply to it", () => {
    expect(text(comment(html, "f34"))).toMatch(/Jo Banks ExecVision Highlight/);
    expect(text(comment(html, "c12"))).not.toContain("ExecVision");
    expect(html).toContain('aria-label="Reply to Jo Banks at 1:02"');
  });

  it("keeps a deleted comment's place in its thread, without its words or actions", () => {
    const deleted = comment(html, "c20");
    expect(text(deleted)).toContain("This comment was deleted.");
    expect(deleted).not.toMatch(/>Edit<|>Delete</);
    expect(text(comment(html, "c21"))).toContain("Agreed");
  });

  it("shows mentions as the people's names", () => {
    expect(comment(html, "c12")).toContain('data-mention="7"');
    expect(text(comment(html, "c12"))).toContain("@Marcus Reid ask who signs off.");
    // Typed in lower case, shown as the person's name.
    expect(text(comment(html, "c13"))).toContain("Will do, thanks @Rebecca Holt");
  });

  it("offers Edit and Delete on the viewer's own comments only", () => {
    expect(comment(html, "c12")).toContain('aria-label="Edit your comment at 0:06"');
    expect(comment(html, "c12")).toContain('aria-label="Delete your comment at 0:06"');
    expect(comment(html, "c21")).toContain(">Edit<");
    for (const key of ["c13", "f34", "c20"]) expect(comment(html, key)).not.toMatch(/>Edit<|>Delete</);
  });

  it("comments at the moment playing by default, in a bounded box", () => {
    expect(text(html)).toContain("Comment at 1:23");
    expect(html).toContain('maxLength="4000"');
    expect(html).toContain('aria-autocomplete="list"');
  });

  it("marks the comment a deep link names, and says when it is gone", () => {
    const linked = render(COMMENTS, { focus: "c13" });
    expect(comment(linked, "c13")).toContain("ring-2");
    expect(comment(linked, "c13")).toContain('tabindex="-1"');
    expect(comment(linked, "c12")).not.toContain("ring-2");
    expect(text(linked)).not.toContain("no longer on this call");
    expect(text(render(COMMENTS, { focus: "c99" }))).toContain("The comment this link points to is no longer on this call.");
  });

  it("says when there are none yet, and while they load", () => {
    expect(text(render({ callId: 7, threads: [], people: [] }))).toContain("No comments yet.");
    expect(text(render(undefined))).toContain("Loading comments…");
  });
});

describe("countComments", () => {
  it("counts threads and replies that are not deleted", () => {
    expect(countComments(COMMENTS.threads)).toBe(4);
    expect(countComments([])).toBe(0);
  });
});
