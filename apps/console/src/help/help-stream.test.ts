import { describe, expect, it } from "vitest";
import { inboxEventConversationId } from "./help-stream";

describe("inboxEventConversationId", () => {
  it("reads the conversation an inbox event names", () => {
    expect(inboxEventConversationId('{"conversationId":"0193a7c2-1111-7000-8000-000000000001"}')).toBe(
      "0193a7c2-1111-7000-8000-000000000001",
    );
  });

  it("names none for data of another shape, which the pages treat as 'refresh everything'", () => {
    for (const data of [
      undefined,
      "",
      "not json",
      "null",
      "42",
      '{"conversationId":""}',
      '{"id":"x"}',
      '{"conversationId":7}',
    ])
      expect(inboxEventConversationId(data)).toBeNull();
  });
});
