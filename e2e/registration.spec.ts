import { expect, type Request, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { attachPhotos, cardPhoto, fillDetails, heading } from "./citizen-steps";
import { smsLines } from "./sms-outbox";

// Runs in the "citizen-phone" project: 390×844, touch. The journey registers the demo person kept for
// it (packages/db/src/synthetic/demo-world.ts, `registrant`): in the registry, without an account, and
// with a BHXH number of Hồ Chí Minh (79), so the province office BHXH-79 is preselected.

const registrant = {
  bhxhNumber: "7901234571",
  cccd: "079188000654",
  fullName: "Hoàng Thị Mai",
  phone: "0901234571",
} as const;

// Nobody in the registry: the server gives its one neutral answer for such a form.
const stranger = {
  bhxhNumber: "7999999901",
  cccd: "079090000001",
  fullName: "Nguyễn Văn Thử",
  phone: "0912000001",
} as const;

/** The submissionId text field of a multipart registration request. */
function submissionIdOf(request: Request): string | null {
  const body = request.postDataBuffer()?.toString("latin1") ?? "";
  return /name="submissionId"\r\n\r\n([^\r]*)\r\n/.exec(body)?.[1] ?? null;
}

test("registers with two ID photos: the dossier number on screen and the SMS acknowledgement in the file", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Đăng ký tài khoản" }).tap();

  // Step 1: the details.
  await expect(page).toHaveURL("/dang-ky");
  await expect(heading(page)).toHaveText("Đăng ký tài khoản");
  await expect(page).toHaveTitle("Đăng ký tài khoản — AnSinh");
  await expect(page.getByText("Bước 1 trên 4")).toBeVisible();
  await expect(page.getByRole("link", { name: "Tra cứu mã số BHXH" })).toHaveAttribute(
    "href",
    "/tra-cuu/ma-so-bhxh",
  );
  await expectNoSeriousAxeViolations(page);
  await fillDetails(page, { ...registrant, phone: "0901 234 000" });
  await page.getByRole("button", { name: "Tiếp tục" }).tap();

  // Step 2: the photos; the step's heading takes focus, so a screen reader starts there.
  await expect(page).toHaveURL("/dang-ky/anh-cccd");
  await expect(heading(page)).toHaveText("Ảnh thẻ căn cước công dân");
  await expect(heading(page)).toBeFocused();
  const front = page.getByLabel("Chụp hoặc chọn ảnh mặt trước");
  await expect(front).toHaveAttribute("accept", "image/*");
  await expect(front).toHaveAttribute("capture", "environment");
  await attachPhotos(page);
  // A retake replaces the photo.
  await expect(page.getByText("Chụp lại hoặc chọn ảnh khác cho mặt trước")).toBeVisible();
  const firstPreview = await page
    .getByRole("img", { name: "Ảnh mặt trước thẻ CCCD bạn đã chọn" })
    .getAttribute("src");
  await page.getByLabel("Chụp lại hoặc chọn ảnh khác cho mặt trước").setInputFiles({
    name: "mat-truoc-2.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("MAT TRUOC 2", "#e0f0e0"),
  });
  await expect(page.getByRole("img", { name: "Ảnh mặt trước thẻ CCCD bạn đã chọn" })).not.toHaveAttribute(
    "src",
    firstPreview ?? "",
  );
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();

  // Step 3: the office, preset to the province office of the BHXH number's province.
  await expect(page).toHaveURL("/dang-ky/noi-tiep-nhan");
  await expect(heading(page)).toHaveText("Nơi tiếp nhận hồ sơ");
  const hcm = page.getByRole("radio", { name: /^Bảo hiểm xã hội thành phố Hồ Chí Minh/ });
  await expect(hcm).toBeChecked();
  await expectNoSeriousAxeViolations(page);
  // The search ignores marks: "thu duc" finds "Thủ Đức"; the choice stays in view while filtered.
  const search = page.getByLabel("Tìm cơ quan BHXH");
  await search.fill("thu duc");
  await expect(page.getByRole("radio")).toHaveCount(1);
  await expect(page.getByRole("radio", { name: /Thủ Đức/ })).toBeVisible();
  await expect(page.getByText("Đã chọn: Bảo hiểm xã hội thành phố Hồ Chí Minh")).toBeVisible();
  await search.fill("");
  await page.getByRole("button", { name: "Tiếp tục" }).tap();

  // Step 4: check the answers; a change goes back to its step and returns here.
  await expect(page).toHaveURL("/dang-ky/kiem-tra");
  await expect(heading(page)).toHaveText("Kiểm tra thông tin");
  const main = page.getByRole("main");
  await expect(main.locator("dd").first()).toHaveText(registrant.bhxhNumber);
  await expect(main).toContainText("0901234000");
  await expect(main).toContainText(registrant.fullName);
  await expect(main).toContainText(registrant.cccd);
  await expect(main).toContainText("Bảo hiểm xã hội thành phố Hồ Chí Minh");
  await expect(main.getByRole("img")).toHaveCount(2);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Thay đổi Số điện thoại" }).tap();
  await expect(page).toHaveURL("/dang-ky");
  await page.getByLabel("Số điện thoại *").fill(registrant.phone);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page).toHaveURL("/dang-ky/kiem-tra");
  await expect(main).toContainText(registrant.phone);

  // Gửi. The first answer is lost on its way back (the server has filed the dossier); the retry, a
  // double tap, sends the same submissionId once and gets the same dossier instead of a second one.
  const sent: Request[] = [];
  await page.route("**/api/registrations", async (route) => {
    sent.push(route.request());
    if (sent.length === 1) {
      await route.fetch();
      await route.abort("connectionreset");
      return;
    }
    await route.continue();
  });
  await page.getByRole("button", { name: "Gửi", exact: true }).tap();
  const summary = page.locator(":focus");
  await expect(summary.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
  await expect(summary).toContainText("Chưa gửi được hồ sơ");
  await expect(page).toHaveURL("/dang-ky/kiem-tra");
  await page.getByRole("button", { name: "Gửi", exact: true }).dblclick();

  // Done.
  await expect(page).toHaveURL("/dang-ky/da-gui");
  await expect(heading(page)).toHaveText("Đã gửi hồ sơ");
  const dossierNumber = (await page.getByTestId("dossier-number").textContent())?.trim() ?? "";
  expect(dossierNumber).toMatch(/^HS\d{12}$/);
  await expect(main).toContainText("Số hồ sơ của bạn");
  await expect(main).toContainText("Nơi tiếp nhận: Bảo hiểm xã hội thành phố Hồ Chí Minh");
  await expect(main).toContainText(`Tin nhắn xác nhận đã nhận hồ sơ sẽ được gửi đến số ${registrant.phone}.`);
  await expect(main.getByRole("link", { name: "Gọi tổng đài 1900 9068" })).toHaveAttribute(
    "href",
    "tel:19009068",
  );
  await expectNoSeriousAxeViolations(page);
  expect(sent).toHaveLength(2);
  expect(submissionIdOf(sent[0] as Request)).toMatch(/^[0-9a-f-]{36}$/);
  expect(submissionIdOf(sent[1] as Request)).toBe(submissionIdOf(sent[0] as Request));

  // The acknowledgement SMS, through the outbox, within 10 s; exactly one for the one dossier.
  const acknowledgement = `BHXH Viet Nam da nhan to khai cua ma so ${registrant.bhxhNumber} voi so ho so ${dossierNumber}. Tai khoan va mat khau se duoc gui ngay sau khi ho so duoc phe duyet. Lien he 19009068 de duoc ho tro`;
  await expect
    .poll(async () => (await smsLines()).filter((line) => line.text === acknowledgement).length, {
      timeout: 10_000,
      intervals: [100, 200, 500],
    })
    .toBe(1);
  const sms = (await smsLines()).find((line) => line.text === acknowledgement);
  expect(sms?.to.replace(/^\+?84/, "0")).toBe(registrant.phone);
  expect(
    (await smsLines()).filter((line) => line.text.includes(`ma so ${registrant.bhxhNumber} voi`)),
  ).toHaveLength(1);

  // The receipt survives a reload; the form itself starts afresh.
  await page.reload();
  await expect(page.getByTestId("dossier-number")).toHaveText(dossierNumber);
  await page.goto("/dang-ky");
  await expect(page.getByLabel("Mã số BHXH *")).toHaveValue("");
});

test("an empty form shows the error summary and inline errors in Vietnamese, then in English", async ({
  page,
}) => {
  await page.goto("/dang-ky");
  await page.getByRole("button", { name: "Tiếp tục" }).tap();

  const focused = page.locator(":focus");
  await expect(focused.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
  await expect(focused.getByRole("link")).toHaveText([
    "Nhập mã số BHXH",
    "Nhập họ và tên",
    "Nhập số CCCD",
    "Nhập số điện thoại",
  ]);
  const bhxh = page.getByLabel("Mã số BHXH *");
  await expect(bhxh).toHaveAttribute("aria-invalid", "true");
  await expect(bhxh).toHaveAccessibleDescription(/Nhập mã số BHXH/);
  await expect(page.getByLabel("Số CCCD *")).toHaveAccessibleDescription(/Nhập số CCCD/);
  await expect(page.getByLabel("E-mail (không bắt buộc)")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveTitle("Lỗi: Đăng ký tài khoản — AnSinh");
  await expectNoSeriousAxeViolations(page);

  await focused.getByRole("link", { name: "Nhập số CCCD" }).tap();
  await expect(page.getByLabel("Số CCCD *")).toBeFocused();

  // Wrong shapes get their own messages.
  await bhxh.fill("12345");
  await page.getByLabel("Số CCCD *").fill("0790");
  await page.getByLabel("Số điện thoại *").fill("0212345678");
  await page.getByLabel("E-mail (không bắt buộc)").fill("mai@");
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Mã số BHXH phải có đúng 10 chữ số",
    "Nhập họ và tên",
    "Số CCCD phải có 12 chữ số, số CMND cũ có 9 chữ số",
    "Nhập số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09",
    "Nhập địa chỉ e-mail đúng dạng, ví dụ ten@example.com",
  ]);

  // English: the same errors, re-worded without sending again.
  await page.getByRole("button", { name: "English" }).tap();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Your BHXH number must have exactly 10 digits",
    "Enter your full name",
    "A CCCD number has 12 digits, an old CMND number has 9 digits",
    "Enter a mobile number of 10 digits starting with 03, 05, 07, 08 or 09",
    "Enter an e-mail address in the right format, like name@example.com",
  ]);
  await expect(page.getByLabel("Social insurance (BHXH) number *")).toHaveAccessibleDescription(
    /Your BHXH number must have exactly 10 digits/,
  );
  await expect(page).toHaveTitle("Error: Register for an account — AnSinh");
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The photos step asks for both sides.
  await page.getByLabel("Social insurance (BHXH) number *").fill(stranger.bhxhNumber);
  await page.getByLabel("Full name *").fill(stranger.fullName);
  await page.getByLabel("Citizen ID (CCCD) number *").fill("079 090 000 001");
  await page.getByLabel("Phone number *").fill(stranger.phone);
  await page.getByLabel("E-mail (optional)").fill("");
  await page.getByRole("button", { name: "Continue" }).tap();
  await expect(heading(page)).toHaveText("Photos of your citizen ID card");
  await page.getByRole("button", { name: "Continue" }).tap();
  await expect(page.locator(":focus").getByRole("link")).toHaveText([
    "Take or choose a photo of the front of your CCCD card",
    "Take or choose a photo of the back of your CCCD card",
  ]);
  await expect(page.getByLabel("Take or choose a photo of the front")).toHaveAccessibleDescription(
    /Take or choose a photo of the front of your CCCD card/,
  );
  await expectNoSeriousAxeViolations(page);

  // A file that is not a photo is refused in the browser.
  await page.getByLabel("Take or choose a photo of the back").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not a photo"),
  });
  await expect(page.getByRole("alert").getByRole("link")).toContainText([
    "Back: the file you chose is not a photo. Take or choose a photo",
  ]);
});

test("a reload keeps the typed details but never the ID number or the photos", async ({ page }) => {
  await page.goto("/dang-ky");
  await fillDetails(page, stranger);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page).toHaveURL("/dang-ky/anh-cccd");

  const stored = await page.evaluate(() => sessionStorage.getItem("ansinh.registration") ?? "");
  expect(stored).toContain(stranger.bhxhNumber);
  expect(stored).not.toContain(stranger.cccd);

  await page.reload();
  // Without the ID number the details are incomplete: the journey goes back to them and says why.
  await expect(page).toHaveURL("/dang-ky");
  await expect(page.getByLabel("Mã số BHXH *")).toHaveValue(stranger.bhxhNumber);
  await expect(page.getByLabel("Họ và tên *")).toHaveValue(stranger.fullName);
  await expect(page.getByLabel("Số CCCD *")).toHaveValue("");
  await expect(page.getByRole("main")).toContainText("Hãy nhập lại số CCCD.");
});

test("a form the registry does not know gets the neutral answer; field problems open their step", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/dang-ky");
  await fillDetails(page, stranger);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await attachPhotos(page);
  // A big camera photo is scaled down in the browser (long side 2400 px) and sent as a JPEG.
  await page.getByLabel("Chụp lại hoặc chọn ảnh khác cho mặt sau").setInputFiles({
    name: "camera.png",
    mimeType: "image/png",
    buffer: await cardPhoto("CAMERA", "#f0f0f0", { width: 4000, height: 3000 }),
  });
  const preview = page.getByRole("img", { name: "Ảnh mặt sau thẻ CCCD bạn đã chọn" });
  await expect(page.getByText("Chụp lại hoặc chọn ảnh khác cho mặt sau")).toBeEnabled();
  // The preview shows the very blob (re-encoded on a canvas) that is sent.
  await expect
    .poll(() =>
      preview.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        return { width: img.naturalWidth, height: img.naturalHeight };
      }),
    )
    .toEqual({ width: 2400, height: 1800 });
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page.getByRole("radio", { name: /^Bảo hiểm xã hội thành phố Hồ Chí Minh/ })).toBeChecked();
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page).toHaveURL("/dang-ky/kiem-tra");

  // The real server: one neutral message, shown on the check page, naming nothing of the registry.
  await page.getByRole("button", { name: "Gửi", exact: true }).tap();
  const summary = page.locator(":focus");
  await expect(summary.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
  await expect(summary).toContainText("không khớp");
  await expect(summary.getByRole("link")).toHaveCount(0);
  await expect(page).toHaveURL("/dang-ky/kiem-tra");
  await expectNoSeriousAxeViolations(page);

  // A refused photo (as the server words it) is shown on the photos step, inline and in the summary.
  await page.route("**/api/registrations", (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/problem+json",
      body: JSON.stringify({
        type: "about:blank",
        title: "Bad Request",
        status: 400,
        detail: { vi: "Dữ liệu gửi lên chưa hợp lệ", en: "Some of the data sent is not valid" },
        errors: [
          {
            field: "body.idFront",
            code: "image_unreadable",
            vi: "Ảnh mặt trước bị hỏng, hãy chụp lại",
            en: "The photo of the front is damaged, please retake it",
          },
        ],
      }),
    }),
  );
  await page.getByRole("button", { name: "Gửi", exact: true }).tap();
  await expect(page).toHaveURL("/dang-ky/anh-cccd");
  const photoSummary = page.locator(":focus");
  await expect(photoSummary).toContainText("Dữ liệu gửi lên chưa hợp lệ");
  await expect(photoSummary.getByRole("link")).toHaveText(["Ảnh mặt trước bị hỏng, hãy chụp lại"]);
  await expect(page.getByLabel("Chụp lại hoặc chọn ảnh khác cho mặt trước")).toHaveAccessibleDescription(
    /Ảnh mặt trước bị hỏng, hãy chụp lại/,
  );
  await page.getByRole("button", { name: "English" }).tap();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "The photo of the front is damaged, please retake it",
  ]);
  await expectNoSeriousAxeViolations(page);

  // A new photo clears the problem, and "Continue" leads straight back to the check page.
  await page.getByLabel("Retake or choose another photo of the front").setInputFiles({
    name: "front-again.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("FRONT AGAIN", "#e8e8e8"),
  });
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "Continue" }).tap();
  await expect(page).toHaveURL("/dang-ky/kiem-tra");
  await expect(heading(page)).toHaveText("Check your answers");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Back" }).tap();
  await expect(heading(page)).toHaveText("Where to send your application");
  await expect(page.getByRole("radio", { checked: true })).toHaveAccessibleName(
    /^Bảo hiểm xã hội thành phố Hồ Chí Minh/,
  );
  await expectNoSeriousAxeViolations(page);
});
