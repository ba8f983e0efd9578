import { type Browser, expect, type Page, test } from "@playwright/test";
import { stepOf, totpAt } from "../apps/api/src/auth/totp";
import { expectNoSeriousAxeViolations } from "./axe";
import { signedInStaffPage } from "./staff-steps";

// Runs in the "console-desktop" project: the demo admin `quantri` (BHXH-01, Hà Nội) creates a reviewer
// on the console's staff page, and the reviewer signs in with what the page showed once.

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** The value shown beside a term of the new account's details. */
const detail = (page: Page, term: string) =>
  page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");

async function signInOnScreen(browser: Browser, username: string, password: string, secret: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto("/console/dang-nhap");
  await page.getByLabel("E-mail hoặc tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByLabel("Mã xác thực").fill(totpAt(secret, stepOf(Date.now())));
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  return page;
}

test("an admin creates a reviewer for their office, who signs in with the password and secret shown once", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await signedInStaffPage(browser, "quantri");
  await admin.goto("/console/");
  await admin.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Cán bộ" }).click();
  await expect(admin).toHaveURL("/console/can-bo");
  await expect(heading(admin)).toHaveText("Cán bộ");
  await expect(admin).toHaveTitle("Cán bộ — AnSinh Cổng cán bộ");
  const table = admin.getByRole("table", { name: /Cán bộ của đơn vị/ });
  await expect(table.getByRole("row").filter({ hasText: "quantri" })).toContainText("Quản trị hệ thống");
  await expect(table).not.toContainText("duyet.hcm");
  await expectNoSeriousAxeViolations(admin);

  // What the browser checks: every field needs an answer.
  const create = admin.getByRole("button", { name: "Tạo tài khoản" });
  await create.click();
  await expect(admin.locator(":focus").getByRole("link")).toHaveText([
    "Nhập tên đăng nhập",
    "Nhập họ và tên cán bộ",
    "Nhập e-mail công vụ",
    "Chọn vai trò",
    "Chọn đơn vị",
  ]);
  await expect(admin).toHaveTitle(/^Lỗi: Cán bộ/);

  // What the server checks comes back beside each field: a taken username, a malformed e-mail.
  const offices = admin.getByRole("group", { name: "Đơn vị" });
  await admin.getByLabel("Tên đăng nhập").fill("duyet.hn");
  await admin.getByLabel("Họ và tên").fill("phan thị  kiểm tra");
  await admin.getByLabel("E-mail công vụ").fill("kiem.tra@");
  await admin.getByRole("group", { name: "Vai trò" }).getByLabel("Cán bộ duyệt hồ sơ").check();
  await offices.getByLabel(/\(BHXH-01\)$/).check();
  await expect(offices.getByRole("radio")).not.toHaveCount(1);
  await expect(offices).not.toContainText("BHXH-79");
  await create.click();
  await expect(admin.locator(":focus").getByRole("link")).toHaveText([
    "Địa chỉ e-mail không hợp lệ (ví dụ: ten@vss.gov.vn)",
  ]);
  await admin.getByLabel("E-mail công vụ").fill("kiem.tra@vss.example.vn");
  await create.click();
  await expect(admin.locator(":focus").getByRole("link")).toHaveText([
    "Tên đăng nhập này đã có cán bộ khác dùng",
  ]);
  await expect(admin.getByLabel("Tên đăng nhập")).toHaveAccessibleDescription(
    /Tên đăng nhập này đã có cán bộ khác dùng/,
  );
  await expectNoSeriousAxeViolations(admin);

  await admin.getByLabel("Tên đăng nhập").fill("kiemtra.hn");
  await create.click();
  const created = admin.getByRole("region", { name: /Đã tạo tài khoản kiemtra\.hn/ });
  await expect(created).toBeVisible();
  await expect(created).toContainText("chỉ hiện một lần này và sẽ không hiện lại");
  await expect(detail(admin, "Họ và tên")).toHaveText("Phan Thị Kiểm Tra");
  const password = (await detail(admin, "Mật khẩu ban đầu").textContent()) ?? "";
  const secret = (await detail(admin, "Khoá bí mật (TOTP)").textContent()) ?? "";
  expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(detail(admin, "Địa chỉ otpauth")).toHaveText(
    `otpauth://totp/AnSinh%3Akiemtra.hn?secret=${secret}&issuer=AnSinh&algorithm=SHA1&digits=6&period=30`,
  );
  await expect(table.getByRole("row").filter({ hasText: "kiemtra.hn" })).toContainText("Đang hoạt động");
  await expectNoSeriousAxeViolations(admin);

  // The new reviewer signs in on the sign-in screen and lands on their dashboard.
  const reviewer = await signInOnScreen(browser, "kiemtra.hn", password, secret);
  await expect(reviewer).toHaveURL("/console/");
  await expect(reviewer.getByRole("heading", { level: 2 })).toHaveText("Xin chào, Phan Thị Kiểm Tra");
  await expect(reviewer.getByText("Cán bộ duyệt hồ sơ")).toBeVisible();
  // A reviewer has no staff page.
  await expect(
    reviewer.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Cán bộ" }),
  ).toHaveCount(0);

  // Once handed over, the secrets are gone from the page; the form is empty again.
  await admin.getByRole("button", { name: "Đã trao xong, tạo tài khoản khác" }).click();
  await expect(created).toHaveCount(0);
  await expect(admin.getByText(password)).toHaveCount(0);
  await expect(admin.getByLabel("Tên đăng nhập")).toHaveValue("");
});
