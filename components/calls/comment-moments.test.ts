import { describe, expect, it } from "vitest";
import { commentNotes, findComment, parseCommentKey } from "./comment-moments";
import { COMMENTS, OURS, SYNCED } from "./comment-test-data";

describe("commentNotes", () => {
  it("puts our live comments on the transcript's lines, leaving the synced ones (already there), deleted ones and replies off", () => {
    expect(commentNotes(COMMENTS.threads)).toEqual([{ kind: "comment", author: "Rebecca Holt", givenAt: OURS.createdAt, startSec: 6, endSec: 9, text: OURS.body }]);
  });
});

describe("deep links", () => {
  it("takes c- and f- keys only", () => {
    expect(["c12", "f34", "x1", "c", "c12a", "12", "", null, undefined, "c1234567890123"].map(parseCommentKey)).toEqual(["c12", "f34", null, null, null, null, null, null, null, null]);
  });

  it("finds a thread by its own key or a reply's", () => {
    expect(findComment(COMMENTS.threads, "f34")).toEqual({ thread: SYNCED, comment: SYNCED });
    expect(findComment(COMMENTS.threads, "c13")).toEqual({ thread: OURS, comment: OURS.replies[0] });
    expect(findComment(COMMENTS.threads, "c99")).toBeNull();
  });
});
