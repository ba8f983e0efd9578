import { expect, type Page, test } from "@playwright/test";
import { stepOf, totpAt } from "../apps/api/src/auth/totp";
import { expectNoSeriousAxeViolations } from "./axe";

// Runs in the "console-desktop" project, against the real API and the demo staff it loads on a first
// start (README, "Demo data"). A TOTP code is accepted once per account, and 5 failures lock one: each
// test below uses its own account, and only hotro.hcm ever fails (once).

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

const demoPassword = "Demo@2026";
const demoTotpSecrets = {
  "duyet.hcm": "ANSINHDEMODUYETHCMAAAAAAAAAAAAAA",
  "duyet.hn": "ANSINHDEMODUYETHNAAAAAAAAAAAAAAA",
  "hotro.hcm": "ANSINHDEMOHOTROHCMAAAAAAAAAAAAAA",
} as const;
type DemoStaff = keyof typeof demoTotpSecrets;

/** The code an authenticator app would show now, written as apps show it ("123 456"). */
function currentCode(staff: DemoStaff): string {
  const code = totpAt(demoTotpSecrets[staff], stepOf(Date.now()));
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/** A code the server cannot accept: none of those valid around now (it allows one step of drift). */
function wrongCode(staff: DemoStaff): string {
  const now = stepOf(Date.now());
  const valid = new Set([-2, -1, 0, 1, 2].map((drift) => totpAt(demoTotpSecrets[staff], now + drift)));
  let candidate = 0;
  while (valid.has(String(candidate).padStart(6, "0"))) candidate += 1;
  return String(candidate).padStart(6, "0");
}

async function fillSignIn(page: Page, identifier: string, code: string): Promise<void> {
  await page.getByLabel("E-mail hoặc tên đăng nhập").fill(identifier);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(demoPassword);
  await page.getByLabel("Mã xác thực").fill(code);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

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

test("malformed e-mail and code are explained; what only the server checks comes back per field", async ({
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

  // A 201-character username passes the browser's checks; the server refuses it (400) before looking
  // for any account, and names the field in both languages.
  const tooLong = "a".repeat(201);
  await page.getByLabel("E-mail hoặc tên đăng nhập").fill(tooLong);
  await page.getByLabel("Mã xác thực").fill("123 456");
  const request = page.waitForRequest("**/api/staff/login");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  expect((await request).postDataJSON()).toEqual({
    identifier: tooLong,
    password: "mật khẩu",
    code: "123456",
  });
  const notice = page.getByRole("status");
  await expect(notice.getByRole("paragraph")).toHaveText("Dữ liệu gửi lên chưa hợp lệ");
  await expect(notice.getByRole("listitem")).toHaveText(["E-mail hoặc tên đăng nhập quá dài"]);
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.getByRole("button", { name: "English" }).click();
  await expect(notice.getByRole("paragraph")).toHaveText("Some of the data sent is not valid");
  await expect(notice.getByRole("listitem")).toHaveText(["The e-mail or username is too long"]);
});

test("a reviewer signs in with password and authenticator code, sees who they are, and signs out", async ({
  page,
}) => {
  await page.goto("/console/");
  await expect(page).toHaveURL("/console/dang-nhap");
  await fillSignIn(page, "duyet.hcm", currentCode("duyet.hcm"));

  await expect(page).toHaveURL("/console/");
  await expect(heading(page)).toHaveText("Bảng điều khiển");
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle("Bảng điều khiển — AnSinh Cổng cán bộ");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText("Xin chào, Võ Thị Hạnh");
  await expect(main.getByRole("definition")).toHaveText([
    "Cán bộ duyệt hồ sơ",
    "Bảo hiểm xã hội thành phố Hồ Chí Minh",
  ]);
  await expectNoSeriousAxeViolations(page);

  // The session is the server's: a reload keeps it.
  await page.reload();
  await expect(main.getByRole("heading", { level: 2 })).toHaveText("Xin chào, Võ Thị Hạnh");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(heading(page)).toHaveText("Dashboard");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText("Hello, Võ Thị Hạnh");
  await expect(main.getByRole("term")).toHaveText(["Role", "Office"]);
  await expect(main.getByRole("definition")).toHaveText([
    "Application reviewer",
    "Bảo hiểm xã hội thành phố Hồ Chí Minh",
  ]);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL("/console/dang-nhap");
  await expect(heading(page)).toHaveText("Đăng nhập cán bộ");
  await expect(heading(page)).toBeFocused();

  // Signed out on the server too: the dashboard sends the browser back to the sign-in page.
  await page.goto("/console/");
  await expect(page).toHaveURL("/console/dang-nhap");
  await expect(heading(page)).toHaveText("Đăng nhập cán bộ");
});

test("someone already signed in who opens the sign-in page goes straight to the dashboard", async ({
  page,
}) => {
  await page.goto("/console/dang-nhap");
  // The e-mail address works in place of the username.
  await fillSignIn(page, "duyet.hn@vss.example.vn", currentCode("duyet.hn"));
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(
    "Xin chào, Đỗ Quang Huy",
  );
  await expect(page.getByRole("main").getByRole("definition").last()).toHaveText(
    "Bảo hiểm xã hội thành phố Hà Nội",
  );

  await page.goto("/console/dang-nhap");
  await expect(page).toHaveURL("/console/");
  await expect(heading(page)).toHaveText("Bảng điều khiển");
});

test("a wrong code gets one neutral message, in Vietnamese and then in English", async ({ page }) => {
  await page.goto("/console/dang-nhap");
  await fillSignIn(page, "hotro.hcm", wrongCode("hotro.hcm"));

  // The message does not say which of the three was wrong.
  const notice = page.getByRole("status");
  await expect(notice).toHaveText("Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng.");
  await expect(page).toHaveURL("/console/dang-nhap");
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(notice).toHaveText("The username, password or authentication code is not correct.");
  await expectNoSeriousAxeViolations(page);

  // Nobody was signed in.
  await page.goto("/console/");
  await expect(page).toHaveURL("/console/dang-nhap");
});
