// The errors a refused sign-in carries back to the form (next-auth passes
// the message of what authorize() throws). Every refusal answers 401 alike;
// a wait is told because it is the same for an email with an account and one
// without, so it says nothing about which emails have accounts.
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";

export function tooManyAttemptsError(retryAfterMs: number): string {
  return `${TOO_MANY_ATTEMPTS}:${Math.max(1, Math.ceil(retryAfterMs / 1000))}`;
}

/** The sentence the sign-in form shows for a refusal. */
export function describeSignInError(error: string | null | undefined): string {
  const wait = new RegExp(`^${TOO_MANY_ATTEMPTS}:(\\d{1,7})$`).exec(error ?? "");
  if (wait) {
    const seconds = Number(wait[1]);
    const when = seconds < 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? "" : "s"}`;
    return `Too many attempts. Try again in ${when}.`;
  }
  if (error === SIGN_IN_UNAVAILABLE) return "Sign-in is unavailable right now. Try again in a moment.";
  return "That email and password do not match an account.";
}
