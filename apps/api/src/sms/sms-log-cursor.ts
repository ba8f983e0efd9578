import { AppError } from "../errors/app-error";

/** A cursor that no page of this log gave out (another provider's, or made up): a 400 at the field. */
export function invalidSmsCursor(): AppError {
  const message = {
    vi: "Vị trí trang không hợp lệ, hãy mở lại trang đầu",
    en: "The page position is not valid, open the first page again",
  };
  return new AppError("validation", message, [{ field: "querystring.cursor", code: "cursor", ...message }]);
}
