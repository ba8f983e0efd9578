// The personal records, loaded when one of their pages is first opened: their code and texts are not
// part of the app shell. The card's image (with the QR encoder) is a chunk of its own.
export { AccessLogPage } from "./access-log-page";
export { BenefitsPage } from "./benefits-page";
export { CardPage, ChildCardPage } from "./card-page";
export { HistoryPage } from "./history-page";
export { ProfilePage } from "./profile-page";
export { VisitsPage } from "./visits-page";
