// The call page says what is true when something is missing: which source
// never provides it, or why this call has none (it failed after 0 seconds,
// the source could not process it); "it will appear on its own" only where
// it will. Every call is named by the one rule, in its heading and in the
// page's <title>; a call the viewer may not see gives its name away nowhere.
import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

interface ListedCall {
  id: number;
  title: string;
  durationSec: number | null;
  hasTranscript: boolean;
}

interface CallDetail {
  id: number;
  vendor: string;
  title: string;
  status: string | null;
  outcome: string | null;
  durationSec: number | null;
  prospect: { name: string | null; email: string | null; company: string | null };
  scores: unknown[];
}

const NEVER_PROMISE = /will appear here on its own/;

async function listCalls(page: Page, vendor: string): Promise<ListedCall[]> {
  const response = await page.request.get(`/api/calls?vendor=${vendor}&pageSize=100`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { calls: ListedCall[] }).calls;
}

async function detailOf(page: Page, id: number): Promise<CallDetail> {
  return (await (await page.request.get(`/api/calls/${id}`)).json()) as CallDetail;
}

/** The first call of a source whose detail passes a test. */
async function findCall(page: Page, vendor: string, test: (call: CallDetail, listed: ListedCall) => boolean): Promise<CallDetail> {
  for (const listed of await listCalls(page, vendor)) {
    const call = await detailOf(page, listed.id);
    if (test(call, listed)) return call;
  }
  throw new Error(`no ${vendor} call of that kind in the demo data`);
}

const transcriptPanel = (page: Page): Locator => page.locator('section[aria-labelledby="transcript-heading"]');
const card = (page: Page, name: string): Locator => page.getByRole("region", { name, exact: true });
const callHeader = (page: Page): Locator => page.locator("header", { has: page.getByRole("heading", { level: 1 }) });

/** Opens a call and checks it is named by the rule, in the heading and the <title>. */
async function openCall(page: Page, call: CallDetail): Promise<void> {
  await page.goto(`/calls/${call.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(call.title);
  await expect(page).toHaveTitle(`${call.title} · Coachboard`);
  expect(call.title).not.toMatch(/@/);
  expect(call.title).not.toBe(call.title.toLowerCase());
  // Wait for the transcript's answer, whichever it is.
  await expect(transcriptPanel(page).getByLabel("Loading the transcript")).toHaveCount(0);
}

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1280, height: 900 } });

test("each source's call says what it has, and why it lacks the rest", async ({ asAdmin: page }) => {
  // Salesfinity: scores and talk stats, never a transcript.
  const salesfinity = await findCall(page, "salesfinity", (c) => c.scores.length > 0);
  await openCall(page, salesfinity);
  await expect(transcriptPanel(page)).toContainText("Salesfinity does not provide transcripts");
  await expect(transcriptPanel(page)).not.toContainText(NEVER_PROMISE);
  await expect(card(page, "Skill scores").getByRole("listitem").first()).toBeVisible();
  await expect(card(page, "Talk stats")).toContainText("Talk ratio");
  await page.screenshot({ path: "test-results/screenshots/empty-salesfinity.png", fullPage: true });

  // Revont: a transcript, and no skill scores ever.
  const revont = await findCall(page, "revont", (_, listed) => listed.hasTranscript);
  await openCall(page, revont);
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toBeVisible();
  await expect(card(page, "Skill scores")).toContainText("Revont does not provide skill scores");
  await expect(card(page, "Skill scores")).not.toContainText(/yet/);

  // The voice agent: no skill scores ever; the contact, company and outcome it sends on the header.
  const answered = await findCall(page, "voice-agent", (c) => c.status === "completed" && (c.durationSec ?? 0) > 0 && c.prospect.company !== null);
  await openCall(page, answered);
  await expect(card(page, "Skill scores")).toContainText("The voice agent does not provide skill scores");
  const header = callHeader(page);
  await expect(header).toContainText(answered.prospect.company!);
  if (answered.prospect.name) await expect(header).toContainText(answered.prospect.name);
  expect(answered.outcome).not.toBeNull();
  await expect(header).toContainText(answered.outcome!.replace(/[_-]+/g, " ").replace(/^\w/, (c) => c.toUpperCase()));

  // A voice-agent call that failed after 0 seconds: nothing to transcribe, no talk figures.
  const failed = await findCall(page, "voice-agent", (c) => c.status === "failed");
  await openCall(page, failed);
  await expect(transcriptPanel(page)).toContainText("This call failed after 0 seconds: there is nothing to transcribe");
  await expect(transcriptPanel(page)).not.toContainText(NEVER_PROMISE);
  await expect(card(page, "Talk stats")).toContainText("no one spoke");
  await expect(card(page, "Talk stats")).not.toContainText(/Rep \d+%/);
  await page.screenshot({ path: "test-results/screenshots/empty-voice-failed.png", fullPage: true });

  // One nobody answered.
  const unanswered = await findCall(page, "voice-agent", (c) => c.status === "no-answer");
  await openCall(page, unanswered);
  await expect(transcriptPanel(page)).toContainText("Nobody answered this call: there is nothing to transcribe");

  // A call ExecVision rejected: it could not be processed; no "Rep 0% / Others 100%".
  const rejected = await findCall(page, "execvision", (c, listed) => !listed.hasTranscript && c.status === "CONVERTER_REJECTED");
  await openCall(page, rejected);
  await expect(transcriptPanel(page)).toContainText("ExecVision could not process this call");
  await expect(transcriptPanel(page)).not.toContainText(NEVER_PROMISE);
  await expect(card(page, "Talk stats")).toContainText("ExecVision could not process this call");
  await expect(card(page, "Talk stats")).not.toContainText(/Rep \d+%|Others \d+%/);
  await expect(callHeader(page)).toContainText("Could not be processed");
  await page.screenshot({ path: "test-results/screenshots/empty-execvision-rejected.png", fullPage: true });

  // A call analysis has it all.
  const analysis = await findCall(page, "analyses", (c, listed) => listed.hasTranscript && c.scores.length > 0);
  await openCall(page, analysis);
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toBeVisible();
  await expect(card(page, "Skill scores").getByRole("listitem").first()).toBeVisible();
  await expect(card(page, "Talk stats")).toContainText("Talk ratio");
});

test("the calls list names every call by the rule: no address, no lowercase slug", async ({ asAdmin: page }) => {
  for (const vendor of ["salesfinity", "execvision", "analyses", "voice-agent", "revont"]) {
    for (const call of await listCalls(page, vendor)) {
      expect(call.title, `call ${call.id}`).not.toMatch(/@/);
      expect(call.title, `call ${call.id}`).not.toBe(call.title.toLowerCase());
    }
  }
  await page.goto("/calls?vendor=revont");
  await expect(page.locator('main a[href^="/calls/"]').first()).toHaveText(/^Call with |^[A-Z]/);
});

test("a call the viewer may not see has a neutral <title>", async ({ asRep: page, browser }, testInfo) => {
  const admin = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const adminPage = await admin.newPage();
    await signIn(adminPage, "admin");
    const mine = new Set((await listCalls(page, "execvision")).map((c) => c.id));
    const hidden = (await listCalls(adminPage, "execvision")).find((c) => !mine.has(c.id));
    expect(hidden, "an ExecVision call of another rep").toBeDefined();
    await page.goto(`/calls/${hidden!.id}`);
    expect(await page.title()).not.toContain(hidden!.title);
    await expect(page.getByText(hidden!.title, { exact: true })).toHaveCount(0);
  } finally {
    await admin.close();
  }
});
