// The coaching loop's first turn: a manager comments at a moment of a rep's
// call and mentions him; the rep finds it in his inbox, the link opens the
// call at that moment, and he replies; the manager is told of the reply. A
// rep never reaches another rep's call or its comments.
import { expect, signIn, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

test("a manager comments at a moment and mentions the rep; the rep opens it from his inbox and replies; the manager is told", async ({ asManager: page, browser }) => {
  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await signIn(rep, "rep");
  const { calls } = (await (await rep.request.get("/api/calls?pageSize=5")).json()) as { calls: { id: number }[] };
  const callId = calls[calls.length - 1].id;

  // The manager, on the rep's call: play from a line, then comment there, mentioning the rep.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/calls/${callId}?t=30`);
  const comments = page.locator("section").filter({ has: page.getByRole("heading", { name: "Comments", exact: true }) });
  const box = comments.getByRole("textbox").first();
  await expect(box).toBeVisible();
  await box.fill("Right here, ask who else signs off, @Marc");
  await expect(page.getByRole("listbox", { name: "People to mention" })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue(/@Marcus Reid/);
  await box.pressSequentially(" please try it next time.");
  await comments.getByRole("button", { name: "Comment", exact: true }).click();
  const thread = comments.getByRole("article", { name: "Comment by Rebecca Holt" }).filter({ hasText: "ask who else signs off" });
  await expect(thread).toBeVisible();
  await page.screenshot({ path: "test-results/screens/comments-manager-desktop.png", fullPage: true });

  // The rep: the inbox says there is something unread; the notice opens the call at the comment.
  await rep.setViewportSize({ width: 390, height: 844 });
  await rep.goto("/calls");
  const inbox = rep.getByRole("button", { name: /^Inbox ?, \d+ unread/ });
  await expect(inbox).toBeVisible();
  await inbox.click();
  const notice = rep.getByRole("region", { name: "Inbox" }).getByRole("link").filter({ hasText: "mentioned you" }).first();
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(rep).toHaveURL(new RegExp(`/calls/${callId}\\?comment=c\\d+`));
  const marked = rep.getByRole("article", { name: "Comment by Rebecca Holt" }).filter({ hasText: "ask who else signs off" });
  await expect(marked).toBeVisible();
  await expect(marked).toHaveClass(/ring-2/);
  await rep.screenshot({ path: "test-results/screens/comments-rep-phone.png" });
  await rep.getByRole("button", { name: /^Reply to Rebecca Holt/ }).first().click();
  const reply = rep.getByLabel("Reply to Rebecca Holt");
  await reply.fill("Will do. I'll ask on my next call.");
  await reply.press("Control+Enter");
  await expect(rep.getByRole("list", { name: "Replies to Rebecca Holt" }).filter({ hasText: "Will do." })).toBeVisible();

  // The manager is told of the reply.
  await page.goto("/inbox");
  await expect(page.getByRole("list", { name: "Notifications" })).toContainText("replied");

  // A rep never reaches another rep's call or its comments.
  const managerCalls = (await (await page.request.get("/api/calls?pageSize=50")).json()) as { calls: { id: number; repName?: string }[] };
  const ownIds = new Set((await (await rep.request.get("/api/calls?pageSize=100")).json() as { calls: { id: number }[] }).calls.map((c) => c.id));
  const other = managerCalls.calls.find((c) => !ownIds.has(c.id))!;
  expect((await rep.request.get(`/api/calls/${other.id}/comments`)).status()).toBe(404);
  expect((await rep.request.post(`/api/calls/${other.id}/comments`, { data: { body: "hi", startSec: 1 }, headers: { "sec-fetch-site": "same-origin" } })).status()).toBe(404);
  await repContext.close();
});
