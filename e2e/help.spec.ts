import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { cardPhoto, heading, newPhone, signInCitizen } from "./citizen-steps";
import { awaitSms } from "./sms-inbox";
import { signedInStaffPage } from "./staff-steps";

// "Trợ giúp" (issue 6), in the "citizen-phone" project; the office's side opens a desktop context.
// Phan Thị Thu (packages/db/src/synthetic/demo-world.ts) is kept for these journeys; her office is
// BHXH TP Hồ Chí Minh, whose support agent is hotro.hcm. One phone per account: she is signed in once,
// in one context shared by this file's tests (serial).

test.describe.configure({ mode: "serial" });

const thu = { bhxhNumber: "7901234579", phone: "0978123456", password: "Demo@2026" } as const;

let thuPage: Page;
let agent: Page;

test.beforeAll(async ({ browser }, testInfo) => {
  thuPage = await (await newPhone(browser, testInfo)).newPage();
  await signInCitizen(thuPage, thu.bhxhNumber, thu.password);
  await expect(heading(thuPage)).toHaveText("Cá nhân");
  agent = await signedInStaffPage(browser, "hotro.hcm");
});

test.afterAll(async () => {
  await thuPage.context().close();
  await agent.context().close();
});

/** The "Trợ giúp" tab, from the tab bar. */
async function openHelp(page: Page) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Các mục chính" }).getByRole("link", { name: "Trợ giúp" }).tap();
  await expect(heading(page)).toHaveText("Trợ giúp");
}

test("the help tab calls the hotline and writes to the person's own office with their BHXH number", async () => {
  await openHelp(thuPage);
  await expect(thuPage.getByRole("link", { name: "Gọi tổng đài 1900 9068" })).toHaveAttribute(
    "href",
    "tel:19009068",
  );
  const mail = thuPage.getByRole("link", { name: /^Viết e-mail cho Bảo hiểm xã hội .*Hồ Chí Minh/ });
  const href = (await mail.getAttribute("href")) ?? "";
  expect(href).toMatch(/^mailto:bhxh79@vss\.example\.vn\?/);
  expect(decodeURIComponent(href)).toContain(thu.bhxhNumber);
});

test("guides are found with or without marks, and open with their pictures", async () => {
  await openHelp(thuPage);
  await thuPage.getByRole("link", { name: /Hướng dẫn sử dụng/ }).tap();
  await expect(heading(thuPage)).toHaveText("Hướng dẫn sử dụng");
  const search = thuPage.getByRole("searchbox", { name: "Tìm hướng dẫn" });
  const guides = thuPage.getByRole("main").getByRole("list").getByRole("link");

  await search.fill("the bhyt");
  const unmarked = await guides.allTextContents();
  expect(unmarked.length).toBeGreaterThan(0);
  await search.fill("thẻ BHYT");
  await expect(guides).toHaveText(unmarked);

  await search.fill("khong co huong dan nao nhu the nay");
  await expect(guides).toHaveCount(0);

  await search.fill("ma so bhxh");
  await guides.first().tap();
  await expect(heading(thuPage)).toContainText("mã số BHXH");
  const picture = thuPage.getByRole("main").getByRole("img").first();
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expectNoSeriousAxeViolations(thuPage);
});

/** The HT number the chat page shows for the conversation. */
async function conversationNumber(page: Page): Promise<string> {
  const text = await page.getByText(/Số yêu cầu hỗ trợ: HT\d{10}/).textContent();
  const number = text?.match(/HT\d{10}/)?.[0] ?? "";
  expect(number).toMatch(/^HT\d{10}$/);
  return number;
}

test("with no agent online the chat becomes a ticket; an agent takes it, answers from a ready reply, and an SMS tells the citizen", async () => {
  // The agent is signed in but has no console page open: nobody of the office counts as online.
  await openHelp(thuPage);
  await thuPage.getByRole("link", { name: /Trò chuyện với cán bộ/ }).tap();
  await thuPage.getByLabel("Nội dung tin nhắn").fill("Tôi bị mất sổ BHXH, làm lại thế nào?");
  await thuPage.getByRole("button", { name: "Gửi", exact: true }).tap();
  const number = await conversationNumber(thuPage);
  const notice = thuPage.getByText(`Hiện chưa có cán bộ trực tuyến. Yêu cầu hỗ trợ số ${number}`);
  await expect(notice).toBeVisible();

  await agent.goto("/console/ho-tro");
  await agent.getByRole("link", { name: number }).click();
  // The agent takes the ticket, and starts the answer from a ready one, then finishes it.
  await agent.getByLabel("Người phụ trách").selectOption({ label: "Huỳnh Ngọc Trâm (đang trực tuyến)" });
  await agent.getByRole("button", { name: "Giao", exact: true }).click();
  await expect(agent.getByText("Đã giao cuộc trò chuyện cho Huỳnh Ngọc Trâm.")).toBeVisible();
  await agent.getByLabel("Câu trả lời mẫu").selectOption({ label: "Chào hỏi" });
  await agent.getByRole("button", { name: "Đưa vào tin nhắn" }).click();
  const composer = agent.getByLabel("Nội dung tin nhắn");
  await expect(composer).toHaveValue(/^Xin chào anh\/chị, cơ quan BHXH xin được hỗ trợ\./);
  await composer.fill(`${await composer.inputValue()} Chị vào Dịch vụ công → Cấp lại sổ BHXH nhé.`);
  await agent.getByRole("button", { name: "Gửi", exact: true }).click();
  await awaitSms(thu.phone, new RegExp(`tra loi yeu cau ho tro ${number}`));

  // The answer is in the citizen's open page too, and "nobody online" is gone.
  await expect(thuPage.getByRole("log", { name: "Cuộc trò chuyện" })).toContainText("Cấp lại sổ BHXH nhé");
  await expect(notice).toBeHidden();
  await thuPage.getByRole("button", { name: "Kết thúc cuộc trò chuyện" }).tap();
  await expect(thuPage.getByText("Đã kết thúc cuộc trò chuyện.")).toBeVisible();
});

test("a chat between the citizen and the office's agent, each side seeing the other at once", async () => {
  // The agent's inbox holds the stream open that counts the agent as online.
  await agent.goto("/console/ho-tro");
  await expect(heading(agent)).toHaveText("Hỗ trợ trực tuyến");

  await openHelp(thuPage);
  await thuPage.getByRole("link", { name: /Trò chuyện với cán bộ/ }).tap();
  const thread = thuPage.getByRole("log", { name: "Cuộc trò chuyện" });
  await thuPage.getByLabel("Nội dung tin nhắn").fill("Chào anh chị, thẻ BHYT của tôi bị mờ, tôi cần làm gì?");
  await thuPage.getByRole("button", { name: "Gửi", exact: true }).tap();
  await expect(thread).toContainText("thẻ BHYT của tôi bị mờ");
  const number = await conversationNumber(thuPage);

  // No reload on the agent's side: the new conversation arrives through the stream.
  const row = agent.getByRole("link", { name: number });
  await expect(row).toBeVisible({ timeout: 10_000 });
  await row.click();
  const agentThread = agent.getByRole("log", { name: "Cuộc trò chuyện" });
  await expect(agentThread).toContainText("thẻ BHYT của tôi bị mờ");
  await agent
    .getByLabel("Nội dung tin nhắn")
    .fill("Chào chị Thu, chị vào Dịch vụ công → Cấp lại, đổi thẻ BHYT nhé.");
  await agent.getByRole("button", { name: "Gửi", exact: true }).click();

  // …and none on the citizen's: the answer comes through hers.
  await expect(thread).toContainText("Cấp lại, đổi thẻ BHYT nhé", { timeout: 10_000 });
  await thuPage.getByLabel("Nội dung tin nhắn").fill("Cảm ơn anh chị!");
  await thuPage.getByRole("button", { name: "Gửi", exact: true }).tap();
  await expect(agentThread).toContainText("Cảm ơn anh chị!", { timeout: 10_000 });

  // A picture goes through the same pipeline as the ID photos, and the agent sees it decoded.
  await thuPage.getByLabel("Gửi kèm ảnh").setInputFiles({
    name: "the-bhyt-mo.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("THE BHYT", "#dfe9f5"),
  });
  await thuPage.getByRole("button", { name: "Gửi", exact: true }).tap();
  const picture = agentThread.getByRole("img", { name: "Ảnh đính kèm tin nhắn" });
  await expect(picture).toBeVisible({ timeout: 10_000 });
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await expectNoSeriousAxeViolations(thuPage);
  await expectNoSeriousAxeViolations(agent);
});

test("a petition with a photo gets a tracking number, is answered by the office, and the answer reaches the citizen", async () => {
  await openHelp(thuPage);
  await thuPage.getByRole("link", { name: /Phản ánh, kiến nghị/ }).tap();
  await thuPage.getByRole("link", { name: /Gửi phản ánh/ }).tap();
  await thuPage.getByLabel("Lĩnh vực").selectOption({ label: "Thẻ BHYT, khám chữa bệnh" });
  await thuPage
    .getByLabel("Nội dung phản ánh")
    .fill("Phòng khám nơi tôi đăng ký yêu cầu tôi tự trả tiền xét nghiệm dù thẻ BHYT còn hạn.");
  await thuPage.getByLabel(/Ảnh kèm theo/).setInputFiles({
    name: "hoa-don.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("HOA DON", "#f4f1e8"),
  });
  await thuPage.getByRole("button", { name: "Gửi phản ánh" }).tap();
  const numberText = thuPage.getByText(/PA\d{10}/).first();
  await expect(numberText).toBeVisible();
  const number = (await numberText.textContent())?.match(/PA\d{10}/)?.[0] ?? "";
  await awaitSms(thu.phone, new RegExp(number));

  await agent.goto("/console/phan-anh");
  await agent.getByRole("link", { name: number }).click();
  await expect(agent.getByRole("main")).toContainText("tự trả tiền xét nghiệm");
  await agent.getByRole("button", { name: "Nhận xử lý" }).click();
  const reply = "Cơ quan BHXH đã làm việc với phòng khám; chi phí xét nghiệm sẽ được hoàn lại cho chị.";
  await agent.getByLabel("Nội dung trả lời").fill(reply);
  await agent.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(agent.getByRole("main")).toContainText(reply);
  await awaitSms(thu.phone, new RegExp(`${number}.*tra loi|tra loi.*${number}`, "i"));

  // The notification centre opens the petition the answer is about.
  await thuPage.goto("/thong-bao");
  await thuPage.getByRole("link", { name: new RegExp(`^Xem phản ánh.*${number}`) }).tap();
  await expect(heading(thuPage)).toHaveText(`Phản ánh ${number}`);
  await expect(thuPage.getByRole("heading", { name: "Trả lời của cơ quan BHXH" })).toBeVisible();
  await expect(thuPage.getByRole("main")).toContainText(reply);
  await expectNoSeriousAxeViolations(thuPage);
});
