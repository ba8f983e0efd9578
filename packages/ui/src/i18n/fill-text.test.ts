import { describe, expect, it } from "vitest";
import { fillText } from "./fill-text";

describe("fillText", () => {
  it("puts the values in their placeholders, as often as they appear", () => {
    expect(fillText("Trang {page} trên {pages}", { page: 2, pages: 5 })).toBe("Trang 2 trên 5");
    expect(fillText("{n} + {n}", { n: 1 })).toBe("1 + 1");
  });

  it("leaves a placeholder without a value as it is", () => {
    expect(fillText("Gọi {phone}", {})).toBe("Gọi {phone}");
  });
});
