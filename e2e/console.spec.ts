import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

// Runs in the "console-desktop" project.

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test("the dashboard sends a visitor without a session to the sign-in page", async ({ page }) => {
  await page.goto("/console/");
  await expect(page).toHaveURL("/console/dang-nhap");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(heading(page)).toHaveText("Đăng nhập cán bộ");
  await expect(page).toHaveTitle("Đăng nhập cán bộ — AnSinh Cổng cán bộ");
});

test("an empty sign-in shows the errors in Vietnamese, then in English after switching", async ({ page }) => {
  await page.goto("/console/dang-nhap");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Đăng nhập" }).click();

  const focused = page.locator(":focus");
  await expect(focused.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
  await expect(focused.getByRole("link")).toHaveText([
    "Nhập e-mail hoặc tên đăng nhập",
    "Nhập mật khẩu",
    "Nhập mã xác thực",
  ]);
  await expect(page.getByLabel("Mã xác thực")).toHaveAccessibleDescription(/Nhập mã xác thực/);
  await expect(page.getByLabel("Mã xác thực")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveTitle(/^Lỗi: Đăng nhập cán bộ/);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(heading(page)).toHaveText("Staff sign-in");
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Enter your email or username",
    "Enter your password",
    "Enter the security code",
  ]);
  await expect(page.getByLabel("Email or username")).toHaveAccessibleDescription(
    /Enter your email or username/,
  );
  await expect(page).toHaveTitle(/^Error: Staff sign-in/);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("alert").getByRole("link").first()).toHaveText(
    "Nhập e-mail hoặc tên đăng nhập",
  );
});

test("malformed e-mail and code are explained; a valid sign-in gets the neutral message on 404", async ({
  page,
}) => {
  await page.goto("/console/dang-nhap");
  await page.getByLabel("E-mail hoặc tên đăng nhập").fill("can.bo@");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("mật khẩu");
  await page.getByLabel("Mã xác thực").fill("12345");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Nhập e-mail đúng dạng, ví dụ ten@example.vn",
    "Mã xác thực phải có đúng 6 chữ số",
  ]);

  const sent: unknown[] = [];
  await page.route("**/api/staff/login", async (route) => {
    sent.push(route.request().postDataJSON());
    await route.fulfill({ status: 404, contentType: "application/json", body: "{}" });
  });
  await page.getByLabel("E-mail hoặc tên đăng nhập").fill("can.bo@example.vn");
  await page.getByLabel("Mã xác thực").fill("123 456");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("status")).toHaveText("Đăng nhập chưa khả dụng, vui lòng thử lại sau");
  expect(sent).toEqual([{ identifier: "can.bo@example.vn", password: "mật khẩu", code: "123456" }]);
});
