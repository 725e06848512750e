// Sign-in and sign-out against the real server: the page after sign-in is
// always one of this site's, signing out ends the session on the server,
// repeated failures are told to wait, and an email with no account takes as
// long to refuse as a wrong password.
import http from "node:http";
import { E2E_PORT } from "./ports";
import { expect, SIGN_INS, signIn, test } from "./fixtures";

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

test("after sign-in the browser stays on this site, whatever callbackUrl says", async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent("//example.com/phish")}`);
  await page.getByLabel("Email").fill(SIGN_INS.admin.email);
  await page.getByLabel("Password").fill(SIGN_INS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  expect(new URL(page.url()).origin).toBe(ORIGIN);

  // Signed in, /login sends the browser on at once: the same rule holds there.
  for (const target of ["/\\example.com", "/%2F%2Fexample.com", "/\t/example.com", "/.//example.com", "https://example.com/"]) {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    expect(new URL(page.url()).origin, target).toBe(ORIGIN);
  }
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/calls?period=90")}`);
  await expect(page).toHaveURL(`${ORIGIN}/calls?period=90`);
});

test("signing out ends the session on the server: its cookie no longer works", async ({ page, context }) => {
  await signIn(page, "manager");
  expect((await page.request.get("/api/coaching")).status()).toBe(200);
  const cookies = await context.cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  // The token from before sign-out, replayed: refused.
  await context.addCookies(cookies);
  const replayed = await page.request.get("/api/coaching");
  expect(replayed.status()).toBe(401);
  await page.goto("/leaderboard");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, "manager");
  expect((await page.request.get("/api/coaching")).status()).toBe(200);
});

// ─── Straight at the sign-in endpoint, from chosen loopback addresses ─────

interface Answer {
  status: number;
  body: string;
  ms: number;
  cookies: string[];
}

/** One request over a fresh connection from `localAddress` (every 127.x.y.z is this machine). */
function send(path: string, options: { method?: string; body?: string; cookie?: string; localAddress?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.request(
      `${ORIGIN}${path}`,
      {
        method: options.method ?? "GET",
        localAddress: options.localAddress,
        agent: false,
        headers: {
          ...(options.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: performance.now() - started, cookies: response.headers["set-cookie"] ?? [] }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

async function csrf(): Promise<{ token: string; cookie: string }> {
  const answer = await send("/api/auth/csrf", {});
  return { token: JSON.parse(answer.body).csrfToken, cookie: answer.cookies.map((c) => c.split(";")[0]).join("; ") };
}

function attempt(session: { token: string; cookie: string }, email: string, password: string, localAddress?: string): Promise<Answer> {
  const body = new URLSearchParams({ csrfToken: session.token, email, password, json: "true" }).toString();
  return send("/api/auth/callback/credentials", { method: "POST", body, cookie: session.cookie, localAddress });
}

const errorOf = (answer: Answer) => new URL(JSON.parse(answer.body).url).searchParams.get("error");

test("repeated failures are made to wait, answered like any failed sign-in, and the form says how long", async ({ page }) => {
  const session = await csrf();
  const email = `nobody-${Date.now()}@example.com`;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let i = 0; i < 4; i++) {
    const failed = await attempt(session, email, "wrong-password");
    expect(failed.status).toBe(401);
    expect(errorOf(failed)).toBe("CredentialsSignin");
  }
  const waiting = await attempt(session, email, "wrong-password");
  expect(waiting.status).toBe(401);
  expect(errorOf(waiting)).toMatch(/^TooManyAttempts:\d+$/);
  // Two more failures, each after its wait: the next wait is four seconds, long enough to see in the form.
  await sleep(1_100);
  expect(errorOf(await attempt(session, email, "wrong-password"))).toBe("CredentialsSignin");
  await sleep(2_100);
  expect(errorOf(await attempt(session, email, "wrong-password"))).toBe("CredentialsSignin");

  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts" })).toHaveText(/^Too many attempts\. Try again in [1-4] seconds?\.$/);
});

test("an email with no account takes as long to refuse as a wrong password for one that has an account", async () => {
  const session = await csrf();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rounds: string[] = [];
  // Each attempt comes from an address of its own, so the address throttle never joins in; the
  // account's count is cleared by a good sign-in after each wrong one.
  for (let round = 0; round < 3; round++) {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 23; i++) {
      const address = (kind: number) => `127.${20 + round}.${kind}.${i + 1}`;
      const pair = [
        async () => {
          const answer = await attempt(session, SIGN_INS.admin.email, "wrong-password", address(1));
          expect(errorOf(answer)).toBe("CredentialsSignin");
          if (i >= 3) known.push(answer.ms);
          expect((await attempt(session, SIGN_INS.admin.email, SIGN_INS.admin.password, address(1))).status).toBe(200);
        },
        async () => {
          const answer = await attempt(session, `nobody-${round}-${i}-${Date.now()}@example.com`, "wrong-password", address(2));
          expect(errorOf(answer)).toBe("CredentialsSignin");
          if (i >= 3) unknown.push(answer.ms);
        },
      ];
      // Alternating which goes first, so neither always follows the other.
      for (const run of i % 2 ? pair : pair.reverse()) await run();
    }
    const [k, u] = [median(known), median(unknown)];
    rounds.push(`known ${k.toFixed(1)} ms, unknown ${u.toFixed(1)} ms`);
    test.info().annotations.push({ type: "medians", description: rounds.at(-1) });
    if (Math.abs(k - u) / Math.max(k, u) <= 0.2) return;
  }
  throw new Error(`the medians differ by more than 20% in every round: ${rounds.join("; ")}`);
});
