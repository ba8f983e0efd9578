import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { heading, newPhone, signInCitizen } from "./citizen-steps";
import { awaitSms } from "./sms-inbox";
import { signedInStaffPage } from "./staff-steps";

// Runs in the "citizen-phone" project; the staff's part opens a desktop context. The persons kept for
// these journeys (packages/db/src/synthetic/demo-world.ts): Đỗ Thị Hoa, whose household (with her
// husband) is insured as a household (group GD, cards to 31/12 of this year), reviewed by duyet.hcm;
// and Trịnh Văn Lộc, a pensioner in Hà Nội, reviewed by duyet.hn. One phone per account: each of them
// is signed in once, in one browser context shared by this file's tests (serial).

test.describe.configure({ mode: "serial" });

const demoPassword = "Demo@2026";
const hoa = { bhxhNumber: "7901234576", phone: "0939444555" } as const;
const loc = { bhxhNumber: "0101234578", phone: "0912666777" } as const;

let hoaPage: Page;

test.beforeAll(async ({ browser }, testInfo) => {
  hoaPage = await (await newPhone(browser, testInfo)).newPage();
  await signInCitizen(hoaPage, hoa.bhxhNumber, demoPassword);
  await expect(heading(hoaPage)).toHaveText("Cá nhân");
});

test.afterAll(async () => {
  await hoaPage.context().close();
});

/** From the "Dịch vụ công" tab, the form of one service. */
async function openService(page: Page, name: string) {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Các mục chính" })
    .getByRole("link", { name: "Dịch vụ công" })
    .tap();
  await expect(heading(page)).toHaveText("Dịch vụ công");
  await page.getByRole("link", { name }).tap();
  await expect(heading(page)).toHaveText(name);
}

/** Kiểm tra → the check page → Gửi; returns the request's number, as the SMS gives it too. */
async function checkAndSend(page: Page, phone: string): Promise<string> {
  await page.getByRole("button", { name: "Kiểm tra" }).tap();
  await expect(heading(page)).toHaveText("Kiểm tra thông tin trước khi gửi");
  await page.getByRole("button", { name: "Gửi", exact: true }).tap();
  await expect(page.getByText("Đã gửi hồ sơ")).toBeVisible();
  const number = (await heading(page).textContent())?.replace("Hồ sơ ", "").trim() ?? "";
  expect(number).toMatch(/^DV\d{10}$/);
  await awaitSms(phone, new RegExp(`^BHXH Viet Nam: da nhan ho so ${number} \\(`));
  return number;
}

/** The reviewer opens the request from the office's queue. */
async function openInConsole(staff: Page, number: string) {
  await staff.goto("/console/yeu-cau");
  await staff.getByRole("row").filter({ hasText: number }).getByRole("link", { name: number }).click();
  await expect(heading(staff)).toHaveText(`Hồ sơ ${number}`);
}

/** The value of a term of the page's description lists ("Trạng thái", "Giá trị sử dụng"…). */
const described = (page: Page, term: string) =>
  page.getByRole("main").locator("dt", { hasText: term }).first().locator("xpath=following-sibling::dd[1]");

/** One move of the action panel, waiting for the status it leads to. */
async function act(staff: Page, action: string, status: string, note?: string) {
  if (note) await staff.getByLabel("Ghi chú").fill(note);
  await staff.getByRole("button", { name: action, exact: true }).click();
  await expect(described(staff, "Trạng thái")).toContainText(status);
}

test("a card reissued with a new primary-care facility shows the facility once staff complete it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = hoaPage;
  const card = await (await page.request.get("/api/me/card")).json();
  const facilities = await (await page.request.get("/api/look-ups/facilities?province=79")).json();
  const next = (facilities.items as { code: string; name: string }[]).find(
    (f) => f.code !== card.card.facility.code,
  );
  if (!next) throw new Error("the demo world has a single facility in province 79");

  await openService(page, "Cấp lại, đổi thẻ BHYT");
  // Nothing chosen: the error summary names the question.
  await page.getByRole("button", { name: "Kiểm tra" }).tap();
  await expect(page.getByRole("alert")).toBeVisible();
  await page.getByRole("radio", { name: "Đổi nơi đăng ký khám chữa bệnh ban đầu" }).check();
  await page.getByLabel("Tìm theo tên hoặc mã cơ sở").fill(next.code);
  await page.getByRole("button", { name: "Tìm cơ sở" }).tap();
  await page
    .getByRole("group", { name: "Chọn cơ sở khám chữa bệnh" })
    .getByRole("radio", { name: next.name })
    .check();
  await expectNoSeriousAxeViolations(page);
  const number = await checkAndSend(page, hoa.phone);

  const staff = await signedInStaffPage(browser, "duyet.hcm");
  await openInConsole(staff, number);
  await expect(staff.getByRole("main")).toContainText(next.code);
  await act(staff, "Tiếp nhận", "Đã tiếp nhận");
  await act(staff, "Bắt đầu xử lý", "Đang xử lý");
  await act(staff, "Hoàn thành", "Đã hoàn thành");
  await expectNoSeriousAxeViolations(staff);
  await staff.context().close();

  await page.reload();
  await expect(described(page, "Trạng thái")).toContainText("Đã hoàn thành");
  await page.goto("/ca-nhan/the-bhyt");
  await expect(described(page, "Nơi đăng ký khám chữa bệnh ban đầu")).toContainText(next.name);
});

test("a request sent back for more information goes back to the queue once answered", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = hoaPage;
  await openService(page, "Cấp lại sổ BHXH");
  await page.getByRole("radio", { name: "Sổ bị hỏng" }).check();
  const number = await checkAndSend(page, hoa.phone);

  const staff = await signedInStaffPage(browser, "duyet.hcm");
  await openInConsole(staff, number);
  await act(staff, "Tiếp nhận", "Đã tiếp nhận");
  await act(staff, "Bắt đầu xử lý", "Đang xử lý");
  // Asking for information needs a note: what to send.
  await staff.getByRole("button", { name: "Yêu cầu bổ sung", exact: true }).click();
  await expect(staff.getByLabel("Ghi chú")).toHaveAttribute("aria-invalid", "true");
  await expect(staff.getByText("Nhập nội dung người dân cần bổ sung")).toBeVisible();
  await act(staff, "Yêu cầu bổ sung", "Chờ bổ sung", "Vui lòng cho biết sổ bị hỏng ở trang nào.");

  await awaitSms(hoa.phone, new RegExp(`ho so ${number} .*can bo sung thong tin`));
  await page.reload();
  await expect(described(page, "Trạng thái")).toContainText("Cần bổ sung");
  await expect(page.getByRole("main")).toContainText("Vui lòng cho biết sổ bị hỏng ở trang nào.");
  await page
    .getByLabel("Nội dung bổ sung")
    .fill("Trang bìa và trang 2 bị rách, tôi sẽ nộp sổ cũ khi nhận sổ mới.");
  await page.getByRole("button", { name: "Gửi bổ sung" }).tap();
  await expect(described(page, "Trạng thái")).toContainText("Đã tiếp nhận");

  await staff.reload();
  await expect(described(staff, "Trạng thái")).toContainText("Đã tiếp nhận");
  await expect(staff.getByRole("main")).toContainText("Trang bìa và trang 2 bị rách");
  await staff.context().close();
});

// The husband's card is extended with hers (the integration test renew-household-card.int.test.ts
// checks every member); the app shows each person only their own card, so this journey checks hers.
test("a household renewal whose payment fails changes nothing; paid again, the card is extended", async () => {
  test.setTimeout(180_000);
  const page = hoaPage;
  const validTo = async () => (await (await page.request.get("/api/me/card")).json()).card.validTo as string;
  const before = await validTo();

  await openService(page, "Gia hạn thẻ BHYT hộ gia đình");
  await page.getByRole("radio", { name: "6 tháng" }).check();
  await page.getByRole("checkbox", { name: /Tôi xác nhận danh sách thành viên/ }).check();
  const number = await checkAndSend(page, hoa.phone);

  // The sandbox gateway refuses the first payment: the request waits, the card is as it was.
  await page.getByRole("button", { name: "Thanh toán", exact: true }).tap();
  await page.getByRole("button", { name: "Thanh toán thất bại" }).tap();
  await expect(heading(page)).toHaveText(`Hồ sơ ${number}`);
  await expect(described(page, "Trạng thái")).toContainText("Đã gửi");
  expect(await validTo()).toBe(before);

  await page.getByRole("button", { name: "Thanh toán lại" }).tap();
  await page.getByRole("button", { name: "Xác nhận thanh toán" }).tap();
  await expect(heading(page)).toHaveText(`Hồ sơ ${number}`);
  await expect(described(page, "Trạng thái")).toContainText("Đã hoàn thành");
  await awaitSms(hoa.phone, new RegExp(`ho so ${number} .*da duoc giai quyet xong`));

  // Six months from the day after the old end: 31/12 → 30/06 of next year.
  const year = Number(before.slice(0, 4)) + 1;
  expect(before).toBe(`${year - 1}-12-31`);
  expect(await validTo()).toBe(`${year}-06-30`);
  await page.goto("/ca-nhan/the-bhyt");
  await expect(described(page, "Giá trị sử dụng")).toContainText(`30/06/${year}`);
});

test("a pensioner moves his pension to a bank account", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const page = await (await newPhone(browser, testInfo)).newPage();
  await signInCitizen(page, loc.bhxhNumber, demoPassword);
  await expect(heading(page)).toHaveText("Cá nhân");

  await openService(page, "Thay đổi nơi, hình thức nhận lương hưu, trợ cấp");
  await page.getByRole("radio", { name: "Qua tài khoản ngân hàng" }).check();
  await page.getByLabel("Tên ngân hàng").fill("Ngân hàng Nông nghiệp và Phát triển Nông thôn");
  await page.getByLabel("Số tài khoản").fill("1500205123456");
  await page.getByLabel("Tên chủ tài khoản").fill("TRINH VAN LOC");
  const number = await checkAndSend(page, loc.phone);

  const staff = await signedInStaffPage(browser, "duyet.hn");
  await openInConsole(staff, number);
  // Staff see only the end of the account number.
  await expect(staff.getByRole("main")).not.toContainText("1500205123456");
  await act(staff, "Tiếp nhận", "Đã tiếp nhận");
  await act(staff, "Bắt đầu xử lý", "Đang xử lý");
  await act(staff, "Hoàn thành", "Đã hoàn thành");
  await staff.context().close();

  await awaitSms(loc.phone, new RegExp(`ho so ${number} .*da duoc giai quyet xong`));
  await page.reload();
  await expect(described(page, "Trạng thái")).toContainText("Đã hoàn thành");
  await page.context().close();
});
