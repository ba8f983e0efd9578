import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { heading, signInCitizen } from "./citizen-steps";
import { smsLines } from "./sms-outbox";

// Runs in the "citizen-phone" project. Phạm Văn Dũng (a pensioner) has forgotten his password: he
// proves it is him with a code sent to his registered phone, sets a new one and signs in with it.
// Dũng is signed in only here.

const dung = { bhxhNumber: "0101234570", phone: "0904123456", fullName: "Phạm Văn Dũng" } as const;
const newPassword = "Dung-luong-huu-2026";

const toPhone = (to: string) => to.replace(/^\+?84/, "0");

async function smsTo(phone: string): Promise<string[]> {
  return (await smsLines()).filter((sms) => toPhone(sms.to) === phone).map((sms) => sms.text);
}

/** The code in the next SMS to `phone`: its last line is the WebOTP line "@<host> #<code>". */
async function nextCode(page: Page, phone: string, before: number): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const text = (await smsTo(phone))[before];
    if (text) {
      const code = /#(\d{6})\s*$/.exec(text)?.[1];
      expect(code, `a 6-digit code at the end of the SMS: ${text}`).toBeDefined();
      return code ?? "";
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No SMS to ${phone} within 15 s`);
}

test("a forgotten password is replaced with a code sent to the registered phone", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/dang-nhap");
  await page.getByRole("link", { name: "Quên mật khẩu?" }).tap();
  await expect(page).toHaveURL("/quen-mat-khau");
  await expect(heading(page)).toHaveText("Quên mật khẩu");

  // Checked in the browser first.
  const send = page.getByRole("button", { name: "Gửi mã xác nhận" });
  await send.tap();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Nhập mã số BHXH hoặc số CCCD",
    "Nhập số điện thoại đã đăng ký",
  ]);
  await expectNoSeriousAxeViolations(page);

  const before = (await smsTo(dung.phone)).length;
  await page.getByLabel("Mã số BHXH hoặc số CCCD").fill(dung.bhxhNumber);
  await page.getByLabel("Số điện thoại đã đăng ký").fill("0904 123 456");
  await send.tap();
  await expect(heading(page)).toHaveText("Đặt mật khẩu mới");
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole("main")).toContainText(/đến số 09\S*56/);
  const code = await nextCode(page, dung.phone, before);
  await expectNoSeriousAxeViolations(page);

  const codeField = page.getByLabel("Mã xác nhận");
  const fresh = page.getByLabel("Mật khẩu mới", { exact: true });
  const repeat = page.getByLabel("Nhập lại mật khẩu mới");
  const save = page.getByRole("button", { name: "Lưu mật khẩu mới" });
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");

  // The same checks as a change of password: 8 characters, typed the same twice.
  await codeField.fill(code);
  await fresh.fill("ngan");
  await repeat.fill("khac");
  await save.tap();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Mật khẩu mới phải có ít nhất 8 ký tự",
    "Hai lần nhập mật khẩu mới chưa giống nhau",
  ]);

  // A wrong code is refused at the code field.
  const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
  await codeField.fill(wrong);
  await fresh.fill(newPassword);
  await repeat.fill(newPassword);
  await save.tap();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").getByRole("link")).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);

  // The right code: the new password is saved, and the login page says so.
  await codeField.fill(code);
  await save.tap();
  await expect(page).toHaveURL("/dang-nhap");
  await expect(page.getByText("Bạn đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.")).toBeVisible();

  // The old password no longer works; the new one does.
  await signInCitizen(page, dung.bhxhNumber, "Demo@2026");
  await expect(page.getByRole("status")).toHaveText("Mã số BHXH/số CCCD hoặc mật khẩu không đúng.");
  await signInCitizen(page, dung.bhxhNumber, newPassword);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 2, name: `Xin chào, ${dung.fullName}` })).toBeVisible();
});

test("the answer to a number and phone that match no account is the same, and no SMS is sent", async ({
  page,
}) => {
  const stranger = { bhxhNumber: "7999999902", phone: "0912000002" };
  const before = (await smsTo(stranger.phone)).length;
  await page.goto("/quen-mat-khau");
  await page.getByLabel("Mã số BHXH hoặc số CCCD").fill(stranger.bhxhNumber);
  await page.getByLabel("Số điện thoại đã đăng ký").fill(stranger.phone);
  await page.getByRole("button", { name: "Gửi mã xác nhận" }).tap();
  await expect(heading(page)).toHaveText("Đặt mật khẩu mới");
  await expect(page.getByRole("main")).toContainText(
    /Nếu mã số và số điện thoại bạn nhập khớp với một tài khoản/,
  );
  await page.waitForTimeout(2_000);
  expect((await smsTo(stranger.phone)).length).toBe(before);
});
