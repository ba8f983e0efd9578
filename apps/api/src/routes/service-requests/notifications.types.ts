import type { CitizenNotification } from "@ansinh/db";
import { z } from "zod";
import { bilingual, localText } from "./request-shapes.types";

const notification = z.object({
  id: z.uuid(),
  requestId: z.uuid().nullable(),
  petitionId: z.uuid().nullable().describe("The petition it is about (Trợ giúp), when it is about one"),
  createdAt: z.iso.datetime(),
  read: z.boolean(),
  title: localText,
  body: localText,
});

export const notificationsResponse = z.object({
  unread: z.number().int().describe("Unread notifications of all, for the badge"),
  items: z.array(notification).describe("The newest 50, newest first"),
});

export function presentNotifications(list: {
  unread: number;
  items: CitizenNotification[];
}): z.infer<typeof notificationsResponse> {
  return {
    unread: list.unread,
    items: list.items.map((n) => ({
      id: n.id,
      requestId: n.requestId,
      petitionId: n.petitionId,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
      title: n.title,
      body: n.body,
    })),
  };
}

export const readNotificationsBody = z
  .object({
    ids: z
      .array(z.uuid(bilingual("Mã thông báo không hợp lệ", "The notification id is not valid")))
      .max(200, bilingual("Tối đa 200 thông báo mỗi lần", "At most 200 notifications at a time"))
      .optional()
      .describe("The notifications to mark read; none: all of them"),
  })
  .strict();
