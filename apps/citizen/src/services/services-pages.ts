// The public services, loaded when one of their pages is first opened: the forms (with the domain's
// answer schemas), the request pages and the notification centre are not part of the app shell.
export { ApplyPage } from "./apply-page";
export { CheckPage } from "./check-page";
export { NotificationsPage } from "./notifications-page";
export { RequestPage } from "./request-page";
export { ServiceCatalogue } from "./service-catalogue";
