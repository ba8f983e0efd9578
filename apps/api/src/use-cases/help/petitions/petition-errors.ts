import { AppError } from "../../../errors/app-error";

/** The same 404 for a petition that does not exist and for another citizen's: nothing is confirmed. */
export const petitionNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy phản ánh, kiến nghị này trong danh sách của bạn.",
    en: "This petition is not among yours.",
  });

/** Staff of another office get the same answer as for a petition that does not exist. */
export const officePetitionNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy phản ánh, kiến nghị này trong danh sách của cơ quan bạn.",
    en: "This petition is not among your office's petitions.",
  });

export const photoNotFound = () =>
  new AppError("not_found", {
    vi: "Phản ánh, kiến nghị này không có ảnh đính kèm.",
    en: "This petition has no photo.",
  });

/** An answer is final: taking or answering it again is refused, naming the petition so staff reload. */
export const petitionAlreadyAnswered = (number: string) =>
  new AppError("conflict", {
    vi: `Phản ánh, kiến nghị ${number} đã được trả lời; không thể thực hiện thao tác này. Vui lòng tải lại trang.`,
    en: `Petition ${number} has already been answered; this cannot be done now. Please reload the page.`,
  });
