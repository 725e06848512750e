import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { newPasswordProblem, ResetPasswordForm } from "./reset-password-form";

describe("choosing a new password", () => {
  it("checks the two passwords in the browser before sending them, in words", () => {
    expect(newPasswordProblem("short", "short")).toBe("The password must be at least 10 characters.");
    expect(newPasswordProblem("x".repeat(201), "x".repeat(201))).toBe("The password must be at most 200 characters.");
    expect(newPasswordProblem("a long enough password", "a long enough passwort")).toBe("The two passwords do not match.");
    expect(newPasswordProblem("a long enough password", "a long enough password")).toBeNull();
  });

  it("asks for the password twice, each field labelled for a new password", () => {
    const html = renderToStaticMarkup(<ResetPasswordForm token="abc" />);
    expect(html).toMatch(/<label for="new-password"[^>]*>New password \(10\+ characters\)<\/label><input id="new-password" type="password" autoComplete="new-password"[^>]*name="password"\/>/);
    expect(html).toMatch(/<label for="confirm-password"[^>]*>Confirm the new password<\/label><input id="confirm-password" type="password" autoComplete="new-password"[^>]*name="confirm"\/>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Set new password<\/button>/);
  });

  it("says so when the address has no token, instead of a form that cannot work", () => {
    const html = renderToStaticMarkup(<ResetPasswordForm token="" />);
    expect(html).not.toContain("<form");
    expect(html).toContain("This address has no reset token. Ask your admin for a new link.");
  });
});
