import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { cardPhoto } from "./citizen-steps";
import { toLocalMobile } from "./sms-inbox";
import { smsLines } from "./sms-outbox";
import { signedInStaffPage } from "./staff-steps";

// Runs in the "console-desktop" project: a reviewer works a real dossier from the queue to the decision.
// The dossier is filed through the public registration API, as the citizen app would, for the demo
// person kept for this journey (packages/db/src/synthetic/demo-world.ts, `registrantForReview`), whose
// province routes it to BHXH-79 (Hồ Chí Minh).

const registrant = {
  bhxhNumber: "7901234572",
  cccd: "079092000987",
  fullName: "Đặng Quốc Bảo",
  phone: "0977333444",
} as const;

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

async function fileDossier(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/registrations", {
    multipart: {
      bhxhNumber: registrant.bhxhNumber,
      fullName: registrant.fullName,
      nationalId: registrant.cccd,
      phone: registrant.phone,
      officeCode: "BHXH-79",
      submissionId: randomUUID(),
      idFront: { name: "mat-truoc.jpg", mimeType: "image/jpeg", buffer: await cardPhoto("FRONT", "#d8e8f5") },
      idBack: { name: "mat-sau.jpg", mimeType: "image/jpeg", buffer: await cardPhoto("BACK", "#f5ead8") },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body: { dossierNumber: string; office: { code: string } } = await response.json();
  expect(body.office.code).toBe("BHXH-79");
  return body.dossierNumber;
}

test("a reviewer approves a dossier of their office from the queue; another office sees nothing of it", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const dossierNumber = await fileDossier(request);

  // The right reviewer: the queue lists the dossier with its waiting time, and links to it.
  const reviewer = await signedInStaffPage(browser, "duyet.hcm");
  await reviewer.goto("/console/");
  await expect(heading(reviewer)).toHaveText("Bảng điều khiển");
  await reviewer
    .getByRole("navigation", { name: "Chức năng" })
    .getByRole("link", { name: "Hồ sơ đăng ký tài khoản" })
    .click();
  await expect(reviewer).toHaveURL("/console/ho-so");
  await expect(heading(reviewer)).toHaveText("Hồ sơ đăng ký tài khoản");
  await expect(reviewer).toHaveTitle("Hồ sơ đăng ký tài khoản — AnSinh Cổng cán bộ");
  const queue = reviewer.getByRole("table", { name: /Hồ sơ chờ duyệt/ });
  const row = reviewer.getByRole("row").filter({ hasText: dossierNumber });
  await expect(queue).toContainText(dossierNumber);
  await expect(row.getByRole("cell")).toHaveText([registrant.fullName, "Tự đăng ký", /\d/, /^chờ /]);
  await expect(queue.getByRole("columnheader")).toHaveText([
    "Số hồ sơ",
    "Họ và tên",
    "Loại",
    "Ngày nộp",
    "Thời gian chờ",
  ]);
  await expectNoSeriousAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "English" }).click();
  await expect(heading(reviewer)).toHaveText("Account applications");
  await expect(row.getByRole("cell").last()).toHaveText(/^waiting /);
  await expectNoSeriousAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "Tiếng Việt" }).click();

  const link = row.getByRole("link", { name: dossierNumber });
  const dossierPath = await link.getAttribute("href");
  expect(dossierPath).toMatch(/^\/console\/ho-so\/[0-9a-f-]{36}$/);

  // A reviewer of another office: not in their queue, and the address itself finds nothing.
  const otherOffice = await signedInStaffPage(browser, "duyet.hn");
  await otherOffice.goto("/console/ho-so");
  await expect(heading(otherOffice)).toHaveText("Hồ sơ đăng ký tài khoản");
  await expect(otherOffice.getByText(dossierNumber)).toHaveCount(0);
  await otherOffice.getByRole("link", { name: "Đã từ chối" }).click();
  await expect(otherOffice).toHaveURL("/console/ho-so?trang-thai=tu-choi");
  await expect(otherOffice.getByText("Chưa có hồ sơ nào bị từ chối.")).toBeVisible();
  await otherOffice.goto(dossierPath ?? "");
  await expect(heading(otherOffice)).toHaveText("Không tìm thấy hồ sơ");
  await expect(otherOffice.getByText(registrant.fullName)).toHaveCount(0);
  await otherOffice.context().close();

  // The dossier page: what was typed beside the registry, both photos, the decision, the history.
  await link.click();
  await expect(reviewer).toHaveURL(dossierPath ?? "");
  await expect(heading(reviewer)).toHaveText(`Hồ sơ ${dossierNumber}`);
  await expect(heading(reviewer)).toBeFocused();
  const comparison = reviewer.getByRole("table").first();
  await expect(comparison.getByRole("columnheader")).toHaveText([
    "Thông tin",
    "Thông tin đã khai",
    "Dữ liệu trên hệ thống BHXH",
    "Đối chiếu",
  ]);
  await expect(comparison.getByRole("row", { name: /^Họ và tên/ }).getByRole("cell")).toHaveText([
    registrant.fullName,
    registrant.fullName,
    "✓ Khớp",
  ]);
  await expect(comparison.getByRole("row", { name: /^Số CCCD/ }).getByRole("cell")).toHaveText([
    registrant.cccd,
    registrant.cccd,
    "✓ Khớp",
  ]);

  const front = reviewer.getByRole("figure", { name: "Mặt trước CCCD" });
  const back = reviewer.getByRole("figure", { name: "Mặt sau CCCD" });
  for (const figure of [front, back]) {
    const image = figure.getByRole("img");
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  // Turned by keyboard, in the browser only.
  await front.getByRole("button", { name: "Xoay phải 90°" }).focus();
  await reviewer.keyboard.press("Enter");
  await expect(front.getByRole("img")).toHaveAttribute("style", /rotate\(90deg\)/);
  await expect(front.getByRole("status")).toHaveText("Góc xoay: 90°");
  await front.getByRole("slider", { name: "Phóng to" }).fill("2");
  await expect(front.getByRole("slider", { name: "Phóng to" })).toHaveAttribute("aria-valuetext", "200%");
  await expect(back.getByRole("img")).toHaveAttribute("style", /rotate\(0deg\)/);

  await expect(reviewer.getByRole("table").last().getByRole("row")).toHaveCount(2);
  await expectNoSeriousAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "English" }).click();
  await expect(heading(reviewer)).toHaveText(`Application ${dossierNumber}`);
  await expect(reviewer.getByRole("figure", { name: "ID card, front" })).toBeVisible();
  await expectNoSeriousAxeViolations(reviewer);
  await reviewer.getByRole("button", { name: "Tiếng Việt" }).click();

  // "Khác" needs a note before anything is sent; cancelling leaves the dossier as it was.
  await reviewer.getByRole("button", { name: "Từ chối", exact: true }).click();
  await reviewer.getByRole("radio", { name: "Khác" }).check();
  await reviewer.getByRole("button", { name: "Gửi quyết định từ chối" }).click();
  await expect(reviewer.getByLabel("Ghi chú cho người nộp")).toBeFocused();
  await expect(reviewer.getByLabel("Ghi chú cho người nộp")).toHaveAccessibleDescription(
    /Nhập ghi chú khi chọn lý do “Khác”/,
  );
  await reviewer.getByRole("button", { name: "Huỷ" }).click();

  // A second tab left open on the same dossier, to be decided after this one.
  const staleTab = await reviewer.context().newPage();
  await staleTab.goto(dossierPath ?? "");
  await expect(staleTab.getByRole("button", { name: "Phê duyệt", exact: true })).toBeVisible();

  // Approve, after confirming.
  await reviewer.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  const confirmation = reviewer.getByRole("dialog", { name: "Phê duyệt hồ sơ này?" });
  await expect(confirmation).toBeVisible();
  await expect(confirmation.getByRole("button", { name: "Huỷ" })).toBeFocused();
  await confirmation.getByRole("button", { name: "Xác nhận phê duyệt" }).click();
  const approvedAt = Date.now();
  await expect(reviewer.getByRole("status").filter({ hasText: "Đã phê duyệt hồ sơ." })).toBeFocused();
  await expect(reviewer.getByRole("button", { name: "Phê duyệt", exact: true })).toHaveCount(0);
  await expect(reviewer.getByRole("definition").first()).toHaveText("Đã phê duyệt");
  const history = reviewer.getByRole("table").last();
  await expect(history.getByRole("row").last().getByRole("cell")).toHaveText([
    /\d/,
    "Phê duyệt",
    "Võ Thị Hạnh",
    "",
    "",
  ]);

  // The approval SMS with the login and a temporary password, within 10 s.
  let password = "";
  await expect
    .poll(
      async () => {
        const sms = (await smsLines()).find(
          (line) =>
            toLocalMobile(line.to) === registrant.phone &&
            line.text.includes(`ho so ${dossierNumber} da duoc phe duyet`),
        );
        const match = sms && /Ten dang nhap: (\d{10})\. Mat khau tam thoi: (\S+)\./.exec(sms.text);
        if (match) password = match[2] ?? "";
        return match?.[1] ?? null;
      },
      { timeout: 10_000 - (Date.now() - approvedAt), intervals: [100, 200, 500] },
    )
    .toBe(registrant.bhxhNumber);
  expect(password.length).toBeGreaterThanOrEqual(8);

  // The tab left open tries to approve again: the server's own words, in either language.
  await staleTab.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await staleTab.getByRole("dialog").getByRole("button", { name: "Xác nhận phê duyệt" }).click();
  const refusal = staleTab.getByRole("alert");
  await expect(refusal).toContainText("Chưa ghi được quyết định.");
  await expect(refusal).toContainText(`Hồ sơ ${dossierNumber} đã được phê duyệt trước đó`);
  await expect(staleTab.getByRole("definition").first()).toHaveText("Đã phê duyệt");
  await staleTab.getByRole("button", { name: "English" }).click();
  await expect(refusal).toContainText(`Dossier ${dossierNumber} has already been approved`);

  // The queue moves it from "waiting" to "approved".
  await reviewer.getByRole("button", { name: "Tiếng Việt" }).click();
  await reviewer.getByRole("link", { name: "Quay lại danh sách hồ sơ" }).first().click();
  await expect(reviewer.getByText(dossierNumber)).toHaveCount(0);
  await reviewer.getByRole("link", { name: "Đã phê duyệt" }).click();
  await expect(reviewer.getByRole("row").filter({ hasText: dossierNumber })).toHaveCount(1);
  await reviewer.context().close();
});
