import {
  type CitizenNotification,
  type CitizenProfile,
  listCitizenNotifications,
  markNotificationsRead,
} from "@ansinh/db";
import type { RouteContext } from "../../routes/route-context";

/** The notification centre shows the latest ones; older ones stay in the table. */
const NOTIFICATIONS_SHOWN = 50;

/** "Thông báo": the citizen's newest notifications and how many are unread. */
export function listNotifications(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
): Promise<{ unread: number; items: CitizenNotification[] }> {
  return listCitizenNotifications(context.db, citizen.personId, NOTIFICATIONS_SHOWN);
}

/** Marks these of the citizen's notifications read, or all of them; ids of others' are ignored. */
export function readNotifications(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  ids: readonly string[] | undefined,
): Promise<void> {
  return markNotificationsRead(context.db, citizen.personId, ids);
}
