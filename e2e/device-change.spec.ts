import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { heading, newPhone, signInCitizen } from "./citizen-steps";
import { smsLines } from "./sms-outbox";

// Runs in the "citizen-phone" project. One phone per account: Trần Thị Bình signs in on phone A, then
// on phone B (another browser context, so another device key); B must confirm with the code sent by
// SMS to her registered phone, and A's session ends with a notice saying why. Bình is signed in only here.

const binh = {
  bhxhNumber: "7901234568",
  password: "Demo@2026",
  phone: "0987654321",
  fullName: "Trần Thị Bình",
} as const;

const toPhone = (to: string) => to.replace(/^\+?84/, "0");

async function smsCount(phone: string): Promise<number> {
  return (await smsLines()).filter((sms) => toPhone(sms.to) === phone).length;
}

/**
 * The code of the next SMS to `phone` after the first `before` of them. The first line says the code;
 * the last is the WebOTP line `@<host> #<code>` that lets Chrome on Android offer it.
 */
async function nextCode(page: Page, phone: string, before: number): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const sent = (await smsLines()).filter((sms) => toPhone(sms.to) === phone);
    const sms = sent[before];
    if (sms) {
      const lines = sms.text.trim().split("\n");
      const code = /^@\S+ #(\d{6})$/.exec(lines.at(-1) ?? "")?.[1];
      expect(code, `the last line of the SMS is "@<host> #<code>": ${sms.text}`).toBeDefined();
      expect(lines[0]).toContain(code);
      return code ?? "";
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No SMS to ${phone} within 15 s`);
}

test("signing in on a second phone needs the SMS code, and the first phone is told its session ended", async ({
  page: phoneA,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);

  // Phone A: the first sign-in binds it, straight to the personal tab.
  await signInCitizen(phoneA, binh.bhxhNumber, binh.password);
  await expect(phoneA).toHaveURL("/");
  await expect(phoneA.getByRole("heading", { level: 2, name: `Xin chào, ${binh.fullName}` })).toBeVisible();

  // Phone B: the right password, but the account is in use elsewhere. Nothing is sent before she agrees.
  const contextB = await newPhone(browser, testInfo);
  const phoneB = await contextB.newPage();
  const before = await smsCount(binh.phone);
  await signInCitizen(phoneB, binh.bhxhNumber, binh.password);
  await expect(heading(phoneB)).toHaveText("Tài khoản đang dùng trên thiết bị khác");
  await expect(heading(phoneB)).toBeFocused();
  await expect(phoneB.getByText(/thiết bị kia sẽ bị đăng xuất/)).toBeVisible();
  await expect(
    phoneB.getByText(/gửi mã xác nhận 6 chữ số đến số điện thoại đã đăng ký 09\S*21/),
  ).toBeVisible();
  expect(await smsCount(binh.phone)).toBe(before);
  await expectNoSeriousAxeViolations(phoneB);

  // "Tiếp tục": the code goes to her registered phone, and B asks for it.
  await phoneB.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(heading(phoneB)).toHaveText("Nhập mã xác nhận");
  await expect(heading(phoneB)).toBeFocused();
  const code = await nextCode(phoneB, binh.phone, before);
  const codeField = phoneB.getByLabel("Mã xác nhận");
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  await expect(codeField).toHaveAccessibleDescription(/6 chữ số trong tin nhắn gửi đến số 09\S*21/);
  // A new code can be asked for only after the server's wait.
  await expect(phoneB.getByRole("button", { name: /^Gửi lại mã sau \d+ giây$/ })).toBeDisabled();
  await expectNoSeriousAxeViolations(phoneB);

  // Checked in the browser first, then a wrong code: the server says so at the field.
  const confirm = phoneB.getByRole("button", { name: "Xác nhận và đăng nhập" });
  await codeField.fill("123");
  await confirm.tap();
  await expect(phoneB.getByRole("alert").getByRole("link")).toHaveText(["Mã xác nhận gồm 6 chữ số"]);
  const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
  await codeField.fill(wrong);
  await confirm.tap();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(phoneB.getByRole("alert").getByRole("link")).toHaveCount(1);
  await expect(heading(phoneB)).toHaveText("Nhập mã xác nhận");
  await expectNoSeriousAxeViolations(phoneB);

  // The right code: B is now her phone, and signed in.
  await codeField.fill(code);
  await confirm.tap();
  await expect(phoneB).toHaveURL("/");
  await expect(phoneB.getByRole("heading", { level: 2, name: `Xin chào, ${binh.fullName}` })).toBeVisible();

  // Phone A's next page load learns why it is signed out.
  await phoneA.reload();
  await expect(phoneA).toHaveURL("/dang-nhap");
  await expect(
    phoneA.getByText(
      "Tài khoản của bạn vừa được đăng nhập trên một thiết bị khác nên phiên trên thiết bị này đã kết thúc. Nếu không phải bạn, hãy đổi mật khẩu hoặc gọi 1900 9068.",
    ),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(phoneA);
  await phoneA.getByRole("button", { name: "English" }).tap();
  await expect(phoneA.getByText(/Your account has just been signed in on another device/)).toBeVisible();
  await phoneA.getByRole("button", { name: "Tiếng Việt" }).tap();

  // B stays signed in.
  await phoneB.reload();
  await expect(phoneB.getByRole("heading", { level: 2, name: `Xin chào, ${binh.fullName}` })).toBeVisible();
  await contextB.close();
});
