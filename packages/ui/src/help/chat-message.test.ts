import { describe, expect, it } from "vitest";
import { readChatMessage, threadMessages } from "./chat-message";

const staffMessage = {
  id: "0193a7c2-1111-7000-8000-000000000001",
  author: "staff",
  staffName: "Nguyễn Văn A",
  body: "Chào chị",
  imageUrl: null,
  createdAt: "2026-03-02T08:00:00.000Z",
};

describe("readChatMessage", () => {
  it("reads a message of the API", () => {
    expect(readChatMessage(staffMessage)).toEqual(staffMessage);
    expect(
      readChatMessage({ ...staffMessage, author: "citizen", staffName: null, body: null, imageUrl: "/x" }),
    ).toEqual({ ...staffMessage, author: "citizen", staffName: null, body: null, imageUrl: "/x" });
  });

  it("treats empty texts as none", () => {
    expect(readChatMessage({ ...staffMessage, staffName: "", body: "" })).toMatchObject({
      staffName: null,
      body: null,
    });
  });

  it("turns down another shape rather than show it on the wrong side", () => {
    for (const value of [
      null,
      "text",
      [staffMessage],
      { ...staffMessage, id: "" },
      { ...staffMessage, createdAt: undefined },
      { ...staffMessage, author: "bot" },
      { ...staffMessage, author: undefined },
    ])
      expect(readChatMessage(value)).toBeNull();
  });
});

describe("threadMessages", () => {
  const citizenMessage = { ...staffMessage, id: "2", author: "citizen" as const, staffName: null };
  const messages = [{ ...staffMessage, author: "staff" as const }, citizenMessage];

  it("puts the viewer's own messages on their side, labelled as asked", () => {
    const label = (message: { author: string }) => (message.author === "staff" ? "Cán bộ" : "Bạn");
    expect(threadMessages(messages, "citizen", label)).toEqual([
      {
        id: staffMessage.id,
        mine: false,
        authorLabel: "Cán bộ",
        body: "Chào chị",
        imageUrl: null,
        createdAt: staffMessage.createdAt,
      },
      {
        id: "2",
        mine: true,
        authorLabel: "Bạn",
        body: "Chào chị",
        imageUrl: null,
        createdAt: staffMessage.createdAt,
      },
    ]);
    expect(threadMessages(messages, "staff", label).map((message) => message.mine)).toEqual([true, false]);
  });
});
