import { AppError, type FieldProblem } from "../../../errors/app-error";

/** The citizen has never written to the help desk: there is nothing to mark read. */
export const noConversation = () =>
  new AppError("not_found", {
    vi: "Bạn chưa có cuộc trò chuyện nào.",
    en: "You have no conversation yet.",
  });

/** The citizen has no open conversation to close. */
export const noOpenConversation = () =>
  new AppError("not_found", {
    vi: "Bạn không có cuộc trò chuyện nào đang mở.",
    en: "You have no open conversation.",
  });

/** The same 404 for a conversation that does not exist and for another office's. */
export const officeConversationNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy cuộc trò chuyện này trong hộp thư của cơ quan bạn.",
    en: "This conversation is not in your office's inbox.",
  });

export const imageNotFound = () =>
  new AppError("not_found", { vi: "Không tìm thấy ảnh này.", en: "This picture was not found." });

export const conversationClosed = (number: string) =>
  new AppError("conflict", {
    vi: `Cuộc trò chuyện ${number} đã kết thúc; không thể gửi thêm tin nhắn. Vui lòng tải lại trang.`,
    en: `Conversation ${number} has ended; no more messages can be sent. Please reload the page.`,
  });

export const invalidMessage = (problems: FieldProblem[]) =>
  new AppError("validation", { vi: "Tin nhắn chưa hợp lệ", en: "The message is not valid" }, problems);

export const assigneeNotAgent = () =>
  new AppError("validation", { vi: "Cán bộ được giao không hợp lệ", en: "The assignee is not valid" }, [
    {
      field: "body.staffId",
      code: "assignee.not_agent",
      vi: "Chỉ giao cho cán bộ hỗ trợ hoặc quản trị của cơ quan bạn",
      en: "Conversations can only be assigned to support staff or admins of your office",
    },
  ]);
