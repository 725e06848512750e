// Signing out through next-auth's REST API, as its own browser client does
// (a CSRF token, then POST /api/auth/signout), without loading that client
// and its session provider into every page's script.
export async function signOut(): Promise<void> {
  const csrf = await fetch("/api/auth/csrf", { headers: { accept: "application/json" } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
  if (!response.ok) throw new Error(`Signing out failed (HTTP ${response.status})`);
}
