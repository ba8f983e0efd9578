import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { cardPhoto, heading, signInCitizen } from "./citizen-steps";
import { awaitSms } from "./sms-inbox";
import { signedInStaffPage } from "./staff-steps";

// Runs in the "citizen-phone" project (390×844, touch); the reviewer's part opens a desktop context.
// The family kept for this journey (packages/db/src/synthetic/demo-world.ts): Bùi Văn Hùng has an
// account with the phone 0918222333; his daughter Bùi Ngọc Hân, born 08/03/2016, in his household,
// has none. His BHXH number is of Hồ Chí Minh, so BHXH-79 is preselected and duyet.hcm reviews.

const parent = { bhxhNumber: "7901234574", fullName: "Bùi Văn Hùng", phone: "0918222333" } as const;
const child = { bhxhNumber: "7901234575", fullName: "Bùi Ngọc Hân", born: "08/03/2016" } as const;
const demoPassword = "Demo@2026";

/** Hân's age today in Vietnam, as the console shows it. */
function childAge(): number {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" })
    .format(new Date())
    .split("-")
    .map(Number);
  return (year ?? 0) - 2016 - ((month ?? 0) > 3 || (month === 3 && (day ?? 0) >= 8) ? 0 : 1);
}

test("a parent registers an account for his daughter; the reviewer approves it and her login reaches his phone", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);

  // Anonymous: the service asks to sign in first.
  await page.goto("/dich-vu-cong/dang-ky-cho-con");
  await expect(page).toHaveURL("/dang-nhap");

  // Hùng signs in once, on the login page, and finds the service on the "Dịch vụ công" tab.
  await signInCitizen(page, parent.bhxhNumber, demoPassword);
  await expect(heading(page)).toHaveText("Cá nhân");
  await page
    .getByRole("navigation", { name: "Các mục chính" })
    .getByRole("link", { name: "Dịch vụ công" })
    .tap();
  await expect(heading(page)).toHaveText("Dịch vụ công");
  await page.getByRole("link", { name: /Đăng ký tài khoản cho con/ }).tap();

  // Step 1: nothing typed yet, so the error summary lists both fields and takes focus.
  await expect(page).toHaveURL("/dich-vu-cong/dang-ky-cho-con");
  await expect(heading(page)).toHaveText("Đăng ký tài khoản cho con");
  await expect(
    page.getByText(`Người đăng ký: ${parent.fullName}, mã số BHXH ${parent.bhxhNumber}.`),
  ).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Nhập mã số BHXH của con");
  await expect(summary).toContainText("Nhập họ và tên của con");
  await expect(page.getByLabel("Mã số BHXH của con *")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Mã số BHXH của con *").fill(parent.bhxhNumber);
  await page.getByLabel("Họ và tên của con *").fill(child.fullName);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(summary).toContainText("Đây là mã số BHXH của bạn");
  await page.getByLabel("Mã số BHXH của con *").fill(child.bhxhNumber);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();

  // Step 2: the portrait and the birth certificate, each shown back.
  await expect(page).toHaveURL("/dich-vu-cong/dang-ky-cho-con/anh");
  await expect(page.getByText("Bước 2 trên 4")).toBeVisible();
  await page.getByLabel("Chụp hoặc chọn ảnh chân dung của con").setInputFiles({
    name: "chan-dung.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("CHAN DUNG", "#f3e0d0", { width: 600, height: 800 }),
  });
  await expect(page.getByRole("img", { name: "Ảnh chân dung của con bạn đã chọn" })).toBeVisible();
  await page.getByLabel("Chụp hoặc chọn ảnh giấy khai sinh").setInputFiles({
    name: "giay-khai-sinh.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("GIAY KHAI SINH", "#eef3d8", { width: 900, height: 650 }),
  });
  await expect(page.getByRole("img", { name: "Ảnh giấy khai sinh bạn đã chọn" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).tap();

  // Step 3: the office of the parent's province is chosen already.
  await expect(page).toHaveURL("/dich-vu-cong/dang-ky-cho-con/noi-tiep-nhan");
  await expect(page.getByText("Đã chọn: Bảo hiểm xã hội thành phố Hồ Chí Minh")).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục" }).tap();

  // Step 4: the answers, then the declaration, which must be ticked before anything is sent.
  await expect(page).toHaveURL("/dich-vu-cong/dang-ky-cho-con/kiem-tra");
  await expect(heading(page)).toHaveText("Kiểm tra thông tin");
  await expect(page.getByText(child.fullName, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Gửi", exact: true }).tap();
  await expect(summary).toContainText("Đánh dấu vào ô cam đoan để gửi hồ sơ");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "English" }).tap();
  await expect(heading(page)).toHaveText("Check your answers");
  await expect(page.getByRole("checkbox", { name: /I declare that I am the child's parent/ })).toBeVisible();
  await page.getByRole("button", { name: "Tiếng Việt" }).tap();
  await page.getByRole("checkbox", { name: /Tôi cam đoan/ }).check();
  await page.getByRole("button", { name: "Gửi", exact: true }).tap();

  await expect(page).toHaveURL("/dich-vu-cong/dang-ky-cho-con/da-gui");
  await expect(heading(page)).toHaveText("Đã gửi hồ sơ");
  const dossierNumber = (await page.getByTestId("dossier-number").textContent())?.trim() ?? "";
  expect(dossierNumber).toMatch(/^HS\d{12}$/);
  await awaitSms(
    parent.phone,
    new RegExp(
      `^BHXH Viet Nam da nhan to khai dang ky tai khoan cho con ma so ${child.bhxhNumber} voi so ho so ${dossierNumber}\\.`,
    ),
  );

  // The reviewer of the office sees whose dossier it is and who filed it, and approves it.
  const reviewer = await signedInStaffPage(browser, "duyet.hcm");
  await reviewer.goto("/console/ho-so");
  const row = reviewer.getByRole("row").filter({ hasText: dossierNumber });
  await expect(row.getByRole("cell").nth(0)).toHaveText(child.fullName);
  await expect(row.getByRole("cell").nth(1)).toHaveText(`Đăng ký cho conNgười nộp: ${parent.fullName}`);
  await row.getByRole("link", { name: dossierNumber }).click();
  await expect(heading(reviewer)).toHaveText(`Hồ sơ ${dossierNumber}`);
  const panel = reviewer.getByRole("region", { name: "Hồ sơ đăng ký cho con" });
  await expect(panel).toContainText(`${parent.fullName} — Mã số BHXH ${parent.bhxhNumber}`);
  await expect(panel).toContainText("Cùng hộ gia đình với người nộp✓ Có");
  await expect(panel).toContainText(`${child.born} (${childAge()} tuổi)`);
  for (const name of ["Ảnh chân dung của trẻ", "Giấy khai sinh"]) {
    const image = reviewer.getByRole("figure", { name }).getByRole("img");
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  await expectNoSeriousAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await reviewer
    .getByRole("dialog", { name: "Phê duyệt hồ sơ này?" })
    .getByRole("button", { name: "Xác nhận phê duyệt" })
    .click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Đã phê duyệt hồ sơ." })).toBeFocused();
  await reviewer.context().close();

  // Hân's login and temporary password reach her father's phone.
  const approval = await awaitSms(
    parent.phone,
    new RegExp(
      `ho so ${dossierNumber} da duoc phe duyet\\. Ten dang nhap cua con: ${child.bhxhNumber}\\. Mat khau tam thoi: (\\S+)\\.`,
    ),
  );
  expect(approval[1]?.length).toBeGreaterThanOrEqual(8);
});
