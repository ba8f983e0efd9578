import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { heading, type Registrant, registerFromHome, signInCitizen } from "./citizen-steps";
import { awaitSms, smsTextsTo } from "./sms-inbox";
import { signedInStaffPage } from "./staff-steps";

// Runs in the "citizen-phone" project (390×844, touch); the reviewer and the admin work in desktop
// contexts of their own. The demo person kept for this journey (packages/db/src/synthetic/demo-world.ts,
// `registrantForResubmission`) is in the registry without an account, and her BHXH number routes her
// dossiers to BHXH-79, the office of the reviewer duyet.hcm.

const lan: Registrant = {
  bhxhNumber: "7901234573",
  cccd: "079195000111",
  fullName: "Vũ Thị Lan",
  phone: "0966555777",
};

const acknowledgement = (dossierNumber: string) =>
  new RegExp(`^BHXH Viet Nam da nhan to khai cua ma so ${lan.bhxhNumber} voi so ho so ${dossierNumber}\\.`);

/** The reviewer opens the dossier from the office's queue of pending dossiers. */
async function openFromQueue(reviewer: Page, dossierNumber: string): Promise<void> {
  await reviewer.goto("/console/ho-so");
  await expect(heading(reviewer)).toHaveText("Hồ sơ đăng ký tài khoản");
  await reviewer.getByRole("row").filter({ hasText: dossierNumber }).getByRole("link").click();
  await expect(heading(reviewer)).toHaveText(`Hồ sơ ${dossierNumber}`);
}

test("a dossier rejected for a blurry photo, then a new one that is approved, and the SMS of each step", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  // Lan registers on her phone; the acknowledgement arrives.
  const first = await registerFromHome(page, lan);
  await awaitSms(lan.phone, acknowledgement(first));

  // The reviewer of her province's office rejects it: the photos are not legible.
  const reviewer = await signedInStaffPage(browser, "duyet.hcm");
  await openFromQueue(reviewer, first);
  await reviewer.getByRole("button", { name: "Từ chối", exact: true }).click();
  await reviewer.getByRole("radio", { name: "Ảnh không rõ" }).check();
  await reviewer.getByRole("button", { name: "Gửi quyết định từ chối" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Đã từ chối hồ sơ." })).toBeVisible();
  await expect(reviewer.getByRole("definition").first()).toHaveText("Đã từ chối");

  // The SMS says why ("Ảnh chụp giấy tờ không rõ nét", without marks as SMS are sent) and what to do.
  const rejection = await awaitSms(
    lan.phone,
    new RegExp(`^BHXH Viet Nam: ho so ${first} chua duoc phe duyet\\.`),
  );
  expect(rejection.input).toContain("Ly do: Anh chup giay to khong ro net.");
  expect(rejection.input).toContain("Vui long dang ky lai");

  // She registers again. The rejected dossier does not stand in the way: no error on any step, a new number.
  const second = await registerFromHome(page, lan);
  expect(second).not.toBe(first);
  await awaitSms(lan.phone, acknowledgement(second));

  // The queue holds only the new dossier; the rejected one is under "Đã từ chối".
  await reviewer.goto("/console/ho-so");
  await expect(reviewer.getByRole("row").filter({ hasText: second })).toHaveCount(1);
  await expect(reviewer.getByRole("row").filter({ hasText: first })).toHaveCount(0);
  await reviewer.getByRole("link", { name: "Đã từ chối" }).click();
  await expect(reviewer.getByRole("row").filter({ hasText: first })).toHaveCount(1);

  // The reviewer approves the new one.
  await openFromQueue(reviewer, second);
  await reviewer.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await reviewer
    .getByRole("dialog", { name: "Phê duyệt hồ sơ này?" })
    .getByRole("button", { name: "Xác nhận phê duyệt" })
    .click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Đã phê duyệt hồ sơ." })).toBeVisible();
  await reviewer.context().close();

  // The SMS with the login and a temporary password.
  const approval = await awaitSms(
    lan.phone,
    new RegExp(
      `^BHXH Viet Nam: ho so ${second} da duoc phe duyet\\. Ten dang nhap: (\\d{10})\\. Mat khau tam thoi: (\\S+)\\.`,
    ),
  );
  expect(approval[1]).toBe(lan.bhxhNumber);
  const temporary = approval[2] ?? "";

  // She signs in with it and must choose her own password first.
  await signInCitizen(page, lan.bhxhNumber, temporary);
  await expect(page).toHaveURL("/doi-mat-khau");
  await expect(heading(page)).toHaveText("Đổi mật khẩu");
  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Lan-dang-ky-lai-2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("Lan-dang-ky-lai-2026");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).tap();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 2, name: `Xin chào, ${lan.fullName}` })).toBeVisible();

  // The admin finds every SMS of the journey on the console's SMS page, newest first.
  const sent = await smsTextsTo(lan.phone);
  const admin = await signedInStaffPage(browser, "quantri");
  await admin.goto("/console/");
  await admin
    .getByRole("navigation", { name: "Chức năng" })
    .getByRole("link", { name: "Tin nhắn SMS" })
    .click();
  await expect(admin).toHaveURL("/console/tin-nhan");
  await expect(heading(admin)).toHaveText("Tin nhắn SMS");
  await expect(admin).toHaveTitle("Tin nhắn SMS — AnSinh Cổng cán bộ");
  await expect(admin.getByText(/Môi trường thử nghiệm/)).toBeVisible();
  await admin.getByLabel("Số điện thoại").fill("0966 555 777");
  await admin.getByRole("button", { name: "Lọc" }).click();
  await expect(admin).toHaveURL("/console/tin-nhan?so-dien-thoai=0966555777");
  const table = admin.getByRole("table", { name: /Tin nhắn gửi tới số 0966555777/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Thời gian gửi", "Số điện thoại", "Nội dung"]);
  const rows = table.getByRole("row").filter({ has: admin.getByRole("cell") });
  await expect(rows).toHaveCount(sent.length);
  await expect(rows.first().getByRole("cell").nth(2)).toHaveText(sent.at(-1) ?? "");
  await expect(rows.last().getByRole("cell")).toHaveText([
    /^\d\d:\d\d \d\d\/\d\d\/\d{4}$/,
    lan.phone,
    sent[0] ?? "",
  ]);
  await expect(table).toContainText("Ly do: Anh chup giay to khong ro net.");
  await expectNoSeriousAxeViolations(admin);

  // A wrongly typed number is caught before asking the server.
  await admin.getByLabel("Số điện thoại").fill("0966");
  await admin.getByRole("button", { name: "Lọc" }).click();
  await expect(admin.getByRole("alert").getByRole("link")).toHaveText([
    "Nhập số điện thoại di động gồm 10 chữ số, ví dụ 0966 555 777",
  ]);
  await expect(admin.getByLabel("Số điện thoại")).toHaveAttribute("aria-invalid", "true");

  await admin.getByRole("button", { name: "English" }).click();
  await expect(heading(admin)).toHaveText("Text messages");
  await admin.getByRole("link", { name: "Show all messages" }).click();
  await expect(admin).toHaveURL("/console/tin-nhan");
  await expect(admin.getByRole("columnheader")).toHaveText(["Sent at", "Phone number", "Text"]);
  await expectNoSeriousAxeViolations(admin);
  await admin.context().close();
});

test("the SMS page is for admins only: a reviewer has no link to it and the server refuses them", async ({
  browser,
}) => {
  const reviewer = await signedInStaffPage(browser, "duyet.hn");
  await reviewer.goto("/console/");
  await expect(heading(reviewer)).toHaveText("Bảng điều khiển");
  await expect(reviewer.getByRole("link", { name: "Tin nhắn SMS" })).toHaveCount(0);
  await reviewer.goto("/console/tin-nhan");
  await expect(heading(reviewer)).toHaveText("Tin nhắn SMS");
  await expect(reviewer.getByText("Vai trò của bạn không được phép thực hiện thao tác này.")).toBeVisible();
  await expect(reviewer.getByRole("table")).toHaveCount(0);
  await reviewer.context().close();
});
