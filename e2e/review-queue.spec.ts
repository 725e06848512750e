// The review queue from both sides: a rep asks for feedback on a call with a
// note; his manager sees the count on his home page, finds the call under
// "Feedback asked", marks it reviewed from the call page, and the rep is told.
// Calibration shows the demo's reviewed scores to a manager and turns a rep away.
import { expect, signIn, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1440, height: 900 } });

test("a rep asks for feedback; the manager finds it in the queue, marks the call reviewed, and the rep is told", async ({ asManager: page, browser }) => {
  const repContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const rep = await repContext.newPage();
  await signIn(rep, "rep");
  // Two of the rep's analysed calls with no open request: he asks on the second here, and on the first on its page,
  // so the queue holds another call once the first is marked reviewed, whatever ran before.
  const { calls } = (await (await rep.request.get("/api/calls?vendor=analyses&pageSize=20")).json()) as { calls: { id: number }[] };
  const free: number[] = [];
  for (const call of calls) {
    const { open } = (await (await rep.request.get(`/api/calls/${call.id}/feedback`)).json()) as { open: unknown };
    if (open === null) free.push(call.id);
    if (free.length === 2) break;
  }
  expect(free, "two analysed calls of the rep without an open feedback request").toHaveLength(2);
  const [callId, otherId] = free;
  expect((await rep.request.post(`/api/calls/${otherId}/feedback`, { data: { note: "Did I ask enough about their timeline?" }, headers: { "sec-fetch-site": "same-origin" } })).status()).toBe(201);
  await rep.goto(`/calls/${callId}`);
  const feedback = rep.getByRole("region", { name: "Feedback" });
  await feedback.getByRole("button", { name: "Request feedback" }).click();
  // An empty note is refused in words before anything is sent.
  await feedback.getByRole("button", { name: "Send request" }).click();
  await expect(feedback.getByText("Write a note: what would you like feedback on?")).toBeVisible();
  await feedback.getByLabel("What would you like feedback on?").fill("Was my answer on the integration question clear enough?");
  await feedback.getByRole("button", { name: "Send request" }).click();
  await expect(feedback).toContainText("Feedback asked");
  await expect(feedback).toContainText("Was my answer on the integration question clear enough?");
  await rep.screenshot({ path: "test-results/screens/feedback-request-rep-phone.png", fullPage: true });

  // The manager's home shows the queue's counts; the call waits under "Feedback asked" with the note.
  await page.goto("/leaderboard");
  const summary = page.getByText(/^Review queue:/).first();
  await expect(summary).toContainText("feedback request");
  await page.goto("/reviews?filter=feedback");
  const queue = page.getByRole("list", { name: /^Calls: / });
  await expect(queue).toContainText("Was my answer on the integration question clear enough?");
  await page.screenshot({ path: "test-results/screens/reviews-feedback-manager-desktop.png", fullPage: true });
  await queue.locator(`a[href^="/calls/${callId}?queue=feedback"]`).click();
  await expect(page.getByRole("region", { name: "Feedback" })).toContainText("asked for feedback");
  const bar = page.getByRole("region", { name: "Review queue" });
  await bar.getByRole("button", { name: "Mark reviewed" }).click();
  // Another request is still waiting, so the queue goes on to a call of it.
  await expect(page).not.toHaveURL(new RegExp(`/calls/${callId}\\?`));
  await expect(page).toHaveURL(/\/calls\/\d+\?queue=feedback/);
  const after = (await (await page.request.get(`/api/calls/${callId}/feedback`)).json()) as { open: unknown };
  expect(after.open).toBeNull();

  // The rep is told his call was reviewed.
  await rep.goto("/inbox");
  await expect(rep.getByRole("main")).toContainText(/reviewed your call/);
  await repContext.close();
});

test("calibration: a manager sees how far the AI agrees with his reviews; a rep is turned away", async ({ asManager: page, browser }) => {
  await page.goto("/calibration");
  await expect(page.getByRole("heading", { level: 1, name: "Calibration" })).toBeVisible();
  const figures = (await (await page.request.get("/api/calibration")).json()) as { skills: { calls: number }[] } & Record<string, unknown>;
  expect(JSON.stringify(figures)).toMatch(/"calls":[1-9]/);
  await expect(page.getByRole("table").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/calibration-manager-desktop.png", fullPage: true });

  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await signIn(rep, "rep");
  expect((await rep.request.get("/api/calibration")).status()).toBe(403);
  await rep.goto("/calibration");
  await expect(rep).not.toHaveURL(/\/calibration/);
  await repContext.close();
});
