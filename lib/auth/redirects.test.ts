// After sign-in the browser goes only to a path of this site: every spelling
// a browser reads as another host falls back to the home page.
import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./redirects";

describe("the path after sign-in", () => {
  it("keeps a path of this site, with its query and fragment", () => {
    expect(safeCallbackPath("/calls/42?tab=transcript#t=30")).toBe("/calls/42?tab=transcript#t=30");
    expect(safeCallbackPath("/")).toBe("/");
    expect(safeCallbackPath("/reps/%E2%9C%93")).toBe("/reps/%E2%9C%93");
  });

  it.each([
    ["//evil.example", "protocol-relative"],
    ["/\\evil.example", "a backslash browsers read as a slash"],
    ["/\t/evil.example", "a tab browsers drop"],
    ["/\n/evil.example", "a newline browsers drop"],
    ["/.//evil.example", "a dot segment that leaves //"],
    ["/%2F%2Fevil.example", "// once decoded"],
    ["/%5Cevil.example", "/\\ once decoded"],
    ["https://evil.example/", "another origin"],
    ["javascript:alert(1)", "a script"],
    ["evil.example", "a relative name"],
    ["", "nothing"],
    ["/%E0%A4%A", "a broken escape"],
  ])("refuses %j (%s)", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("refuses what is not one string", () => {
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(`/${"a".repeat(3000)}`)).toBe("/");
  });
});

describe("next-auth's redirect", () => {
  const base = "http://localhost:3000";
  it("stays on the site's origin", () => {
    expect(safeRedirectUrl("/calls", base)).toBe("http://localhost:3000/calls");
    expect(safeRedirectUrl("http://localhost:3000/coaching?x=1", base)).toBe("http://localhost:3000/coaching?x=1");
  });
  it("sends anything else home", () => {
    expect(safeRedirectUrl("https://evil.example/phish", base)).toBe("http://localhost:3000");
    expect(safeRedirectUrl("//evil.example", base)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("/\\evil.example", base)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("http://localhost:3000//evil.example", base)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("not a url", base)).toBe("http://localhost:3000");
  });
});
