import { describe, expect, it } from "vitest";
import { CopyBuffer } from "./copy-text";

describe("CopyBuffer", () => {
  it("escapes separators, nulls and bytes the way COPY text format expects", () => {
    const buffer = new CopyBuffer("t", ["a", "b", "c", "d"]);
    buffer.add(["Nguyễn\tVăn\nAn\\", null, 42, Uint8Array.of(0, 255)]);
    expect(buffer.take()).toBe("Nguyễn\\tVăn\\nAn\\\\\t\\N\t42\t\\\\x00ff\n");
    expect(buffer.rows).toBe(0);
  });

  it("refuses a row with the wrong number of values", () => {
    expect(() => new CopyBuffer("t", ["a"]).add([1, 2])).toThrow(/2 values for 1 columns/);
  });
});
