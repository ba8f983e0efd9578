import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { sanitizeImage } from "./sanitize-image";
import { UploadRejected, uploadRejectedAsAppError } from "./upload-rejected";

describe("an upload refusal", () => {
  it("becomes a validation error on the field that carried the file", async () => {
    const rejection = await sanitizeImage(Buffer.from("not a photo")).catch((error: unknown) => error);
    if (!(rejection instanceof UploadRejected)) throw new Error("expected an UploadRejected");

    const error = uploadRejectedAsAppError(rejection, "body.idCardFront");

    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("validation");
    expect(error.title).toEqual(rejection.detail);
    expect(error.fields).toEqual([
      {
        field: "body.idCardFront",
        code: "not_an_image",
        vi: "Tệp này không phải là ảnh. Hãy chọn một tấm ảnh chụp.",
        en: "This file is not a picture. Please choose a photo.",
      },
    ]);
  });

  it("quotes the limits it was held to", async () => {
    const rejection = await sanitizeImage(Buffer.alloc(3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024 }).catch(
      (error: unknown) => error,
    );
    expect(rejection).toMatchObject({
      code: "too_large",
      detail: {
        vi: "Tệp quá lớn. Mỗi ảnh tối đa 2 MB.",
        en: "The file is too large. Each picture can be at most 2 MB.",
      },
    });
  });
});
