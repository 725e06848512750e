// Reviewers' comments and highlights on the call page: the Comments panel
// lists ExecVision's with author, moment and text, a click plays the moment,
// and the transcript marks the line each one points at. Runs against the demo server.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

interface Note {
  kind: "comment" | "highlight";
  author: string | null;
  startSec: number;
  text: string | null;
}

function clock(seconds: number): string {
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const ss = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** An ExecVision call of the manager's team with a transcript and a comment from a named reviewer. */
async function findCommentedCall(page: Page): Promise<{ id: number; notes: Note[] }> {
  for (let p = 1; p <= 10; p++) {
    const list = (await (await page.request.get(`/api/calls?vendor=execvision&pageSize=100&page=${p}`)).json()) as { calls: { id: number; hasTranscript: boolean }[] };
    for (const call of list.calls.filter((c) => c.hasTranscript)) {
      const detail = (await (await page.request.get(`/api/calls/${call.id}`)).json()) as { notes: Note[] };
      if (detail.notes.some((n) => n.kind === "comment" && n.author && n.text)) return { id: call.id, notes: detail.notes };
    }
    if (list.calls.length < 100) break;
  }
  throw new Error("no ExecVision call with a comment in the manager's team");
}

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1440, height: 900 } });

test("a manager sees an ExecVision call's comments with author and time, and a click plays the moment", async ({ asManager: page }) => {
  const { id, notes } = await findCommentedCall(page);
  const comment = notes.find((n) => n.kind === "comment" && n.author && n.text)!;
  await page.goto(`/calls/${id}`);
  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript.getByRole("listitem").first()).toBeVisible();

  // ExecVision's comments are in the Comments panel's threads, marked as ExecVision's; no second card repeats them.
  await expect(page.getByRole("region", { name: "Coaching", exact: true })).toHaveCount(0);
  const panel = page.getByRole("region", { name: "Comments", exact: true });
  const item = panel.getByRole("article", { name: `Comment by ${comment.author}` }).filter({ hasText: comment.text! }).first();
  await expect(item).toContainText("ExecVision");
  const play = item.getByRole("button", { name: new RegExp(`^Play from ${clock(comment.startSec)}(–[0-9:]+)?: comment by `) }).first();
  await expect(play).toContainText(clock(comment.startSec));
  const box = (await play.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: "test-results/screenshots/coaching-notes-card.png", fullPage: true });

  // The call has no recording: the click moves the transcript to the moment.
  await play.click();
  const active = transcript.locator('li[aria-current="true"]');
  await expect(active).toHaveCount(1);
  // The moment is on the highlighted line (a quarter second either way: times are rounded).
  expect(Number(await active.getAttribute("data-start"))).toBeLessThanOrEqual(comment.startSec + 0.25);
  expect(Number(await active.getAttribute("data-end"))).toBeGreaterThanOrEqual(comment.startSec - 0.25);
  // And the line the comment points at carries it, labelled, in view.
  const marked = transcript.locator("li").filter({ hasText: `Comment by ${comment.author} at ${clock(comment.startSec)}: ${comment.text}` });
  await expect(marked.first()).toBeInViewport();
  await page.screenshot({ path: "test-results/screenshots/coaching-notes-transcript.png" });
});

test("a call from a source without coaching says so", async ({ asManager: page }) => {
  const list = (await (await page.request.get(`/api/calls?vendor=revont&pageSize=1`)).json()) as { calls: { id: number }[] };
  expect(list.calls, "a Revont call in the manager's team (the demo dataset has some)").not.toHaveLength(0);
  await page.goto(`/calls/${list.calls[0].id}`);
  await expect(page.getByRole("region", { name: "Coaching", exact: true })).toContainText("Revont does not send coaching notes. Coaching comes from ExecVision");
});
