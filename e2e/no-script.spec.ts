// The pages' content is in the server's HTML and shows without script: a
// browser with JavaScript off sees the first rows of the leaderboard, the
// calls list, a rep's calls and a call's transcript.
import { expect, signIn, test } from "./fixtures";

test("with JavaScript off, the leaderboard, calls, rep and call pages show their first rows", async ({ browser }) => {
  // Sign in with script, then read the pages without.
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), "manager");
  const storageState = await signedIn.storageState();
  const api = signedIn.request;
  const calls = ((await (await api.get("/api/calls?vendor=execvision&pageSize=100")).json()) as { calls: { id: number; hasTranscript: boolean }[] }).calls;
  const call = calls.find((c) => c.hasTranscript)!;
  const segments = ((await (await api.get(`/api/calls/${call.id}/transcript`)).json()) as { segments: { text: string }[] }).segments;
  const board = (await (await api.get("/api/leaderboard?minCalls=1")).json()) as { rows: { repId: number; repName: string }[] };
  await signedIn.close();

  const context = await browser.newContext({ javaScriptEnabled: false, storageState });
  const page = await context.newPage();
  await page.goto("/leaderboard?minCalls=1");
  await expect(page.getByRole("table").getByRole("link", { name: board.rows[0].repName, exact: true }).first()).toBeVisible();
  await page.goto("/calls");
  await expect(page.getByRole("table").locator("tbody tr").first()).toBeVisible();
  await page.goto(`/reps/${board.rows[0].repId}`);
  await expect(page.locator('main table a[href^="/calls/"]').first()).toBeVisible();
  await page.goto(`/calls/${call.id}`);
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toContainText(segments[0].text.split(" ")[0]);
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/call-no-script.png", fullPage: true });
  await context.close();
});
