import { expect, test } from "./fixtures";

/** A call of another rep, found as the admin (who sees every call). */
async function otherRepsCall(request: import("@playwright/test").APIRequestContext, ownName: string): Promise<{ id: number; repId: number }> {
  const list = await (await request.get("/api/calls?pageSize=100&vendor=analyses")).json();
  const call = list.calls.find((c: { repName: string | null; hasRecording: boolean }) => c.repName && c.repName !== ownName && c.hasRecording) ?? list.calls.find((c: { repName: string | null }) => c.repName && c.repName !== ownName);
  return { id: call.id, repId: call.repId };
}

test("a rep sees only their own calls, and gets 404 for anyone else's call, recording, transcript and page", async ({ browser }) => {
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  const { signIn } = await import("./fixtures");
  await signIn(adminPage, "admin");
  const other = await otherRepsCall(adminPage.request, "Marcus Reid");
  await admin.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "rep");
  await expect(page).toHaveURL(/\/reps\/\d+/);
  const ownRepId = Number(/\/reps\/(\d+)/.exec(page.url())![1]);

  const mine = await (await page.request.get("/api/calls?pageSize=100")).json();
  expect(mine.total).toBeGreaterThan(0);
  expect(new Set(mine.calls.map((c: { repId: number }) => c.repId))).toEqual(new Set([ownRepId]));

  for (const path of [`/api/calls/${other.id}`, `/api/calls/${other.id}/transcript`, `/api/calls/${other.id}/recording`, `/api/reps/${other.repId}`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  }
  expect((await page.goto(`/calls/${other.id}`))?.status()).toBe(404);
  expect((await page.goto(`/reps/${other.repId}`))?.status()).toBe(404);

  // Asking for another rep's calls by filter or export gives nothing of theirs.
  const filtered = await (await page.request.get(`/api/calls?rep=${other.repId}`)).json();
  expect(filtered.total).toBe(0);
  const exported = await (await page.request.get(`/api/calls/export?rep=${other.repId}`)).text();
  expect(exported.trim().split("\n")).toHaveLength(1);
  const coaching = await (await page.request.get(`/api/coaching?rep=${other.repId}`)).json();
  expect(coaching.plans).toEqual([]);

  // Manager and admin endpoints are refused outright.
  expect((await page.request.get("/api/leaderboard")).status()).toBe(403);
  expect((await page.request.get("/api/admin/sync")).status()).toBe(403);
  expect((await page.request.get("/api/admin/users")).status()).toBe(403);
  await context.close();
});

test("a manager gets 404 for calls outside their teams", async ({ browser }) => {
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  const { signIn } = await import("./fixtures");
  await signIn(adminPage, "admin");
  const calls = await (await adminPage.request.get("/api/calls?pageSize=100")).json();
  const outside = calls.calls.find((c: { team: string | null }) => c.team && c.team !== "Finance & Risk");
  await admin.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "manager");
  expect((await page.request.get(`/api/calls/${outside.id}`)).status()).toBe(404);
  expect((await page.request.get(`/api/calls/${outside.id}/recording`)).status()).toBe(404);
  const board = await (await page.request.get("/api/leaderboard?period=90&minCalls=1")).json();
  expect(new Set(board.rows.map((r: { team: string }) => r.team))).toEqual(new Set(["Finance & Risk"]));
  await context.close();
});

test("bad query parameters get a 400 with a message, never a 500", async ({ asManager: page }) => {
  for (const [path, message] of [
    ["/api/leaderboard?period=12", /period/],
    ["/api/leaderboard?minCalls=lots", /minCalls/],
    ["/api/calls?pageSize=5000", /pageSize/],
    ["/api/calls?minScore=90&maxScore=10", /minScore/],
    ["/api/calls/abc", /callId/],
    ["/api/leaderboard?period=custom&from=2026-05-01", /from/],
  ] as const) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(message);
  }
});
