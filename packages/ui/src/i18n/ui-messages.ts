import { createI18n } from "./create-i18n";

const vi = {
  "title.errorPrefix": "Lỗi: ",
  "errorSummary.title": "Có lỗi cần sửa",
  "field.errorPrefix": "Lỗi:",
  "password.show": "Hiện",
  "password.hide": "Ẩn",
  "password.showLabel": "Hiện mật khẩu",
  "password.hideLabel": "Ẩn mật khẩu",
  "languageSwitch.label": "Ngôn ngữ",
  "login.unavailable": "Đăng nhập chưa khả dụng, vui lòng thử lại sau",
  "chat.removeImage": "Bỏ ảnh đã chọn",
  "chat.chosenImage": "Ảnh đã chọn",
  "chat.imageChosen": "Đã chọn ảnh để gửi kèm tin nhắn.",
  "live.paused": "Cập nhật trực tiếp đang tạm dừng; đang thử kết nối lại…",
} as const;

const en = {
  "title.errorPrefix": "Error: ",
  "errorSummary.title": "There is a problem",
  "field.errorPrefix": "Error:",
  "password.show": "Show",
  "password.hide": "Hide",
  "password.showLabel": "Show password",
  "password.hideLabel": "Hide password",
  "languageSwitch.label": "Language",
  "login.unavailable": "Sign-in is not available yet, please try again later",
  "chat.removeImage": "Remove the chosen picture",
  "chat.chosenImage": "Chosen picture",
  "chat.imageChosen": "A picture is chosen to send with the message.",
  "live.paused": "Live updates are paused; trying to reconnect…",
} as const;

/** Texts that belong to the shared components themselves, so every app words them the same. */
export const { useT: useUiT } = createI18n({ vi, en });
