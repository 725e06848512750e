// Score review end to end: the rep disputes a score of his call, quoting the
// words he disagrees about; his manager finds it in the review queue,
// accepts it with a new value and marks the call reviewed, and the queue
// goes on to the next call; the rep is told; the figures take the reviewed
// value, the vendor's stays visible, and the leaderboard marks it.
import { expect, signIn, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

test("a rep disputes a score with a quote; the manager accepts it from the queue; the leaderboard marks the reviewed score", async ({ asManager: page, browser }) => {
  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await signIn(rep, "rep");
  // The rep's latest ExecVision call: it has a transcript and scorecard skills.
  const { calls } = (await (await rep.request.get("/api/calls?vendor=execvision&pageSize=1")).json()) as { calls: { id: number }[] };
  const callId = calls[0].id;
  const before = (await (await rep.request.get(`/api/calls/${callId}/reviews`)).json()) as { scores: { skillSet: string | null; skill: string | null; label: string; effectiveScore: number | null }[] };
  const target = before.scores.find((s) => s.skillSet !== null && s.effectiveScore !== null && s.effectiveScore < 95)!;

  await rep.setViewportSize({ width: 1440, height: 900 });
  await rep.goto(`/calls/${callId}`);
  const card = rep.locator("section").filter({ has: rep.getByRole("heading", { name: "Score reviews", exact: true }) });
  await expect(card.getByRole("list", { name: "Scores" })).toBeVisible();
  // Select the first words of the transcript's second line (its words, not the speaker's name above them), then open
  // the dispute: the form quotes them. The transcript list may still be settling (rows are virtualized), which can drop
  // a selection: select again until it holds.
  const line = rep.getByRole("list", { name: "Transcript" }).locator("li[data-index]").nth(1).locator("[data-row-text]");
  const form = card.getByRole("form", { name: `Dispute ${target.label}` });
  await expect(async () => {
    if (await form.isVisible()) await form.getByRole("button", { name: "Cancel" }).click();
    await line.scrollIntoViewIfNeeded();
    await line.evaluate((row) => {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n.textContent ?? "").trim().length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
      const node = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(20, node.textContent!.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event("selectionchange"));
    });
    expect(await rep.evaluate(() => window.getSelection()?.toString().trim().length ?? 0)).toBeGreaterThan(0);
    await card.getByRole("button", { name: `Dispute ${target.label}` }).click();
    await expect(form.getByText("Quoted words")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await form.getByLabel("Why you disagree").fill("I asked three discovery questions right here.");
  await form.getByLabel(/The value you think right/).fill("90");
  await form.getByRole("button", { name: "Send dispute" }).click();
  await expect(card.getByText("Disputed, waiting for a manager’s decision")).toBeVisible();

  // The manager: the dispute waits in the queue; he opens the call from it, accepts at 88, marks the call reviewed
  // with R, and the queue goes on to the next call waiting (the demo's own open dispute).
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/reviews");
  const queue = page.getByRole("list", { name: /^Calls: / });
  await expect(queue).toContainText("I asked three discovery questions right here.");
  await queue.locator(`a[href^="/calls/${callId}?queue=disputes"]`).click();
  await expect(page).toHaveURL(new RegExp(`/calls/${callId}\\?queue=disputes`));
  const managerCard = page.locator("section").filter({ has: page.getByRole("heading", { name: "Score reviews", exact: true }) });
  await managerCard.getByRole("button", { name: `Accept the dispute of ${target.label}` }).click();
  const accept = managerCard.getByRole("form", { name: `Accept the dispute of ${target.label}` });
  await accept.getByLabel(/New value/).fill("88");
  await accept.getByRole("button", { name: "Accept dispute" }).click();
  await expect(managerCard.getByText(`Vendor: ${Math.round(target.effectiveScore!)}`)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/score-review-manager-desktop.png", fullPage: true });
  await expect(page.getByRole("region", { name: "Review queue" })).toBeVisible();
  await page.locator("body").press("r");
  await expect(page).toHaveURL(/\/calls\/\d+\?queue=disputes/);
  await expect(page).not.toHaveURL(new RegExp(`/calls/${callId}\\?`));
  await expect(page.getByRole("region", { name: "Review queue" })).toBeVisible();
  const marked = (await (await page.request.get(`/api/calls/${callId}/reviewed`)).json()) as { reviewed: boolean };
  expect(marked.reviewed).toBe(true);

  // The rep is told; the vendor's value stays beside the reviewed one.
  await rep.reload();
  await expect(rep.getByRole("button", { name: /^Inbox ?, \d+ unread/ })).toBeVisible();
  const after = (await (await rep.request.get(`/api/calls/${callId}/reviews`)).json()) as typeof before & { scores: { vendorScore: number | null }[] };
  expect(after.scores.find((s) => s.skill === target.skill && s.skillSet === target.skillSet)).toMatchObject({ effectiveScore: 88, vendorScore: target.effectiveScore });

  // The leaderboard marks the rep whose figures take the reviewed score in.
  await page.goto("/leaderboard?period=90&minCalls=0");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Marcus Reid" }).first()).toContainText("reviewed score");
  await repContext.close();
});
