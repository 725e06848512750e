import { describe, expect, it } from "vitest";
import { describeSignInError, SIGN_IN_UNAVAILABLE, tooManyAttemptsError } from "./sign-in-errors";

describe("what the sign-in form says", () => {
  it("tells a wait in seconds, a lock in minutes", () => {
    expect(describeSignInError(tooManyAttemptsError(1_000))).toBe("Too many attempts. Try again in 1 second.");
    expect(describeSignInError(tooManyAttemptsError(31_500))).toBe("Too many attempts. Try again in 32 seconds.");
    expect(describeSignInError(tooManyAttemptsError(15 * 60_000))).toBe("Too many attempts. Try again in 15 minutes.");
    expect(describeSignInError(tooManyAttemptsError(61_000))).toBe("Too many attempts. Try again in 2 minutes.");
  });
  it("says the same for every other refusal", () => {
    expect(describeSignInError("CredentialsSignin")).toBe("That email and password do not match an account.");
    expect(describeSignInError(null)).toBe("That email and password do not match an account.");
    expect(describeSignInError("TooManyAttempts:soon")).toBe("That email and password do not match an account.");
    expect(describeSignInError(SIGN_IN_UNAVAILABLE)).toBe("Sign-in is unavailable right now. Try again in a moment.");
  });
});
