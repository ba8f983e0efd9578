/**
 * Ready answers a support agent picks in the chat inbox and then edits: the questions citizens ask
 * most. Kept short, and in both languages because the citizen may use the app in English.
 */
export interface CannedReply {
  code: string;
  title: { vi: string; en: string };
  text: { vi: string; en: string };
}

export const cannedReplies: readonly CannedReply[] = [
  {
    code: "greeting",
    title: { vi: "Chào hỏi", en: "Greeting" },
    text: {
      vi: "Xin chào anh/chị, cơ quan BHXH xin được hỗ trợ. Anh/chị cần giúp gì ạ?",
      en: "Hello, this is your social-insurance office. How can we help?",
    },
  },
  {
    code: "lookup_number",
    title: { vi: "Tra cứu mã số BHXH", en: "Finding a BHXH number" },
    text: {
      vi: "Anh/chị có thể tra cứu mã số BHXH tại mục Tra cứu → Mã số BHXH, nhập tỉnh, họ tên và số CCCD.",
      en: "You can find your BHXH number under Look-ups → BHXH number, with your province, full name and ID number.",
    },
  },
  {
    code: "card_reissue",
    title: { vi: "Cấp lại thẻ BHYT", en: "Reissuing a health-insurance card" },
    text: {
      vi: "Anh/chị vào Dịch vụ công → Cấp lại, đổi thẻ BHYT; hồ sơ được giải quyết trong thời hạn ghi trên yêu cầu.",
      en: "Go to Public services → Reissue or change the health-insurance card; the request shows its deadline.",
    },
  },
  {
    code: "need_more",
    title: { vi: "Xin thêm thông tin", en: "Asking for details" },
    text: {
      vi: "Anh/chị vui lòng cho biết thêm số hồ sơ hoặc thời gian phát sinh để chúng tôi kiểm tra.",
      en: "Please tell us the dossier number or when it happened, so that we can check.",
    },
  },
  {
    code: "closing",
    title: { vi: "Kết thúc", en: "Closing" },
    text: {
      vi: "Cảm ơn anh/chị đã liên hệ. Nếu cần hỗ trợ thêm, vui lòng gọi tổng đài 1900 9068.",
      en: "Thank you for contacting us. For more help, call 1900 9068.",
    },
  },
];
