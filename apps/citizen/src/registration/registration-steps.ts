// The registration journey, loaded on demand: its code and texts are not part of the app shell.
export { CheckStep } from "./check-step";
export { DetailsStep } from "./details-step";
export { OfficeStep } from "./office-step";
export { PhotosStep } from "./photos-step";
export { SentStep } from "./sent-step";
