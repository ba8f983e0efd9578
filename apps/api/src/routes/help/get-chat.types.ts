import { z } from "zod";
import { conversationView } from "./chat-shapes.types";

export const chatResponse = z.object({
  conversation: conversationView.nullable().describe("The open conversation, else the latest closed one"),
  staffOnline: z
    .boolean()
    .describe("Someone of the office can answer now; otherwise a message opens a ticket"),
});
