// "Đăng ký tài khoản cho con", loaded on demand: its code and texts are not part of the app shell.
export { ChildCheckStep } from "./check-step";
export { ChildDetailsStep } from "./details-step";
export { ChildOfficeStep } from "./office-step";
export { ChildPhotosStep } from "./photos-step";
export { ChildSentStep } from "./sent-step";
