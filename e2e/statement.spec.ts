import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { decodeQrOnPage, readPdf } from "../apps/api/src/statements/testing/read-pdf";
import { expectNoSeriousAxeViolations } from "./axe";
import { heading, signInCitizen } from "./citizen-steps";

// Runs in the "citizen-phone" project. Lê Minh Khôi (the demo child with an account, a pupil's health
// insurance) downloads his participation statement; its QR opens /xac-minh, which anyone — here a
// phone with nobody signed in — can use: the genuine token is "Hợp lệ", one changed character is
// "Không hợp lệ". One phone per account: Khôi is signed in here only.

const khoi = { bhxhNumber: "7901234569", password: "Demo@2026", fullName: "Lê Minh Khôi" } as const;

/** Another phone: a fresh context (no session, its own storage) with the project's viewport. */
async function strangersPhone(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, viewport, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport, deviceScaleFactor, isMobile, hasTouch });
  return context.newPage();
}

/** The token with one character of its payload replaced by another base64url character. */
function withOnePayloadCharacterChanged(token: string): string {
  const at = 20;
  const next = token[at] === "A" ? "B" : "A";
  return `${token.slice(0, at)}${next}${token.slice(at + 1)}`;
}

test("a statement's QR verifies on the public page, and a changed one does not", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await signInCitizen(page, khoi.bhxhNumber, khoi.password);
  await expect(page).toHaveURL("/");

  // The statement, as the link on the history screen downloads it (the same session cookie).
  const response = await page.request.get("/api/me/statement.pdf");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = readPdf(await response.body());
  expect(pdf.text).toContain(`Họ và tên: ${khoi.fullName}`);
  expect(pdf.text).toContain(`Mã số BHXH: ${khoi.bhxhNumber}`);
  expect(pdf.text).toContain("Ngày sinh: 02/09/2015");
  expect(pdf.text).toContain("Bảo hiểm y tế");
  const number = /Số: ([0-9A-Z]{12})\/XN-BHXH/.exec(pdf.text)?.[1];
  expect(number).toBeDefined();

  // What a phone camera reads from the printed QR: this server's /xac-minh with the token after "#".
  const url = decodeQrOnPage(pdf.pages.at(-1) ?? { text: "", content: "" }) ?? "";
  expect(url).toMatch(/\/xac-minh#[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
  const { pathname, hash } = new URL(url);

  // Someone else's phone, nobody signed in, opens it.
  const stranger = await strangersPhone(browser, testInfo);
  await stranger.goto(`${pathname}${hash}`);
  await expect(heading(stranger)).toHaveText("Xác minh bản xác nhận");
  const valid = stranger.getByRole("heading", { level: 2, name: "Hợp lệ — văn bản do BHXH Việt Nam cấp" });
  await expect(valid).toBeVisible();
  await expect(valid).toBeFocused();
  const statement = stranger.getByTestId("verified-statement");
  await expect(statement).toContainText(khoi.fullName);
  await expect(statement).toContainText(khoi.bhxhNumber);
  await expect(statement).toContainText(number ?? "");
  await expect(stranger.getByRole("heading", { level: 3, name: "Bảo hiểm y tế" })).toBeVisible();
  await expectNoSeriousAxeViolations(stranger);

  await stranger.getByRole("button", { name: "English" }).tap();
  await expect(
    stranger.getByRole("heading", { level: 2, name: "Valid — issued by Vietnam Social Security" }),
  ).toBeVisible();
  await expect(stranger.getByRole("heading", { level: 3, name: "Health insurance" })).toBeVisible();
  await stranger.getByRole("button", { name: "Tiếng Việt" }).tap();

  // One character of the payload changed: the signature no longer matches.
  const tampered = withOnePayloadCharacterChanged(hash.slice(1));
  await stranger.goto(`${pathname}#${tampered}`);
  const invalid = stranger.getByRole("heading", { level: 2, name: "Không hợp lệ" });
  await expect(invalid).toBeVisible();
  await expect(stranger.getByText(/Chữ ký không khớp với nội dung/)).toBeVisible();
  await expect(stranger.getByText(khoi.bhxhNumber)).toHaveCount(0);
  await expectNoSeriousAxeViolations(stranger);

  // Pasting the genuine address into the form checks it again.
  await stranger.getByLabel("Dán mã xác minh").fill(url);
  await stranger.getByRole("button", { name: "Kiểm tra" }).tap();
  await expect(valid).toBeVisible();
  await stranger.context().close();
});
