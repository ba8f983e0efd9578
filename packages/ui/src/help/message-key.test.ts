import { describe, expect, it } from "vitest";
import { outgoingMessage } from "./message-key";

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe("outgoingMessage", () => {
  const picture = new File(["a"], "a.jpg", { type: "image/jpeg" });

  it("keeps the key for a retry of the same words and picture", () => {
    const newKey = keys();
    const first = outgoingMessage(null, { body: "Xin chào", image: picture }, newKey);
    expect(first).toEqual({ clientKey: "key-1", body: "Xin chào", image: picture });
    expect(outgoingMessage(first, { body: "Xin chào", image: picture }, newKey)).toBe(first);
  });

  it("makes a new key when the words or the picture changed", () => {
    const newKey = keys();
    const first = outgoingMessage(null, { body: "Xin chào", image: null }, newKey);
    expect(outgoingMessage(first, { body: "Xin chào anh", image: null }, newKey).clientKey).toBe("key-2");
    expect(outgoingMessage(first, { body: "Xin chào", image: picture }, newKey).clientKey).toBe("key-3");
    // Another file of the same name and contents is another choice.
    const again = new File(["a"], "a.jpg", { type: "image/jpeg" });
    const withPicture = outgoingMessage(null, { body: "", image: picture }, newKey);
    expect(outgoingMessage(withPicture, { body: "", image: again }, newKey).clientKey).toBe("key-5");
  });
});
