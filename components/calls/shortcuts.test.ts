import { describe, expect, it } from "vitest";
import { resolveShortcut } from "./shortcuts";

describe("resolveShortcut", () => {
  it("maps the player keys", () => {
    expect(resolveShortcut({ key: " ", tagName: "BODY" })).toBe("toggle");
    expect(resolveShortcut({ key: "ArrowLeft", tagName: "BODY" })).toBe("back");
    expect(resolveShortcut({ key: "ArrowRight", tagName: "DIV" })).toBe("forward");
    expect(resolveShortcut({ key: "j", tagName: "BODY" })).toBe("previous-segment");
    expect(resolveShortcut({ key: "K", tagName: "BODY" })).toBe("next-segment");
    expect(resolveShortcut({ key: "x", tagName: "BODY" })).toBeNull();
  });

  it("never fires while typing", () => {
    for (const key of [" ", "ArrowLeft", "j", "k"]) {
      expect(resolveShortcut({ key, tagName: "INPUT", inputType: "search" })).toBeNull();
      expect(resolveShortcut({ key, tagName: "TEXTAREA" })).toBeNull();
      expect(resolveShortcut({ key, tagName: "SELECT" })).toBeNull();
      expect(resolveShortcut({ key, tagName: "DIV", isContentEditable: true })).toBeNull();
      expect(resolveShortcut({ key, tagName: "DIV", role: "textbox" })).toBeNull();
    }
  });

  it("leaves space to buttons, and keys with modifiers to the browser", () => {
    expect(resolveShortcut({ key: " ", tagName: "BUTTON" })).toBeNull();
    expect(resolveShortcut({ key: "ArrowRight", tagName: "BUTTON" })).toBe("forward");
    expect(resolveShortcut({ key: " ", tagName: "INPUT", inputType: "range" })).toBe("toggle");
    expect(resolveShortcut({ key: "ArrowLeft", tagName: "INPUT", inputType: "range" })).toBe("back");
    expect(resolveShortcut({ key: "ArrowLeft", tagName: "INPUT", inputType: "checkbox" })).toBeNull();
    expect(resolveShortcut({ key: "k", ctrlKey: true, tagName: "BODY" })).toBeNull();
    expect(resolveShortcut({ key: "ArrowLeft", metaKey: true })).toBeNull();
  });
});
