import { describe, expect, it } from "vitest";
import { isAllowedTransition } from "./request-transitions";

describe("who may move a request where", () => {
  it("lets staff work a request, the citizen submit and reply, the system complete a paid one", () => {
    expect(isAllowedTransition("submitted", "received", "staff")).toBe(true);
    expect(isAllowedTransition("processing", "needs_info", "staff")).toBe(true);
    expect(isAllowedTransition("needs_info", "received", "citizen")).toBe(true);
    expect(isAllowedTransition("draft", "submitted", "citizen")).toBe(true);
    expect(isAllowedTransition("submitted", "completed", "system")).toBe(true);
  });

  it("refuses shortcuts and anyone acting out of role", () => {
    expect(isAllowedTransition("submitted", "completed", "staff")).toBe(false);
    expect(isAllowedTransition("needs_info", "received", "staff")).toBe(false);
    expect(isAllowedTransition("processing", "completed", "citizen")).toBe(false);
    expect(isAllowedTransition("completed", "processing", "staff")).toBe(false);
    expect(isAllowedTransition("rejected", "received", "citizen")).toBe(false);
  });
});
