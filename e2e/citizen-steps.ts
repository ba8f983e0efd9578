import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, expect, type Page, type TestInfo } from "@playwright/test";

// Steps of the citizen app shared by the journeys that run in the "citizen-phone" project.

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A person as the registration form asks for them. */
export interface Registrant {
  bhxhNumber: string;
  cccd: string;
  fullName: string;
  phone: string;
}

export const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** A photo of an ID card side as a phone camera makes it: a JPEG (800×500 unless asked) drawn by sharp. */
export async function cardPhoto(
  side: string,
  colour: string,
  { width = 800, height = 500 } = {},
): Promise<Buffer> {
  // sharp belongs to the API workspace; the e2e workspace borrows it rather than depending on it.
  const sharp = createRequire(join(repoRoot, "apps/api/package.json"))("sharp") as (options: object) => {
    composite(layers: object[]): { jpeg(): { toBuffer(): Promise<Buffer> } };
  };
  const label = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="20" y="20" width="${width - 40}" height="${height - 40}" fill="none" stroke="#000" stroke-width="8"/><text x="60" y="120" font-size="64" font-family="sans-serif">${side}</text></svg>`,
  );
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: label }])
    .jpeg()
    .toBuffer();
}

/** Step 1 of "Đăng ký tài khoản", in Vietnamese. */
export async function fillDetails(page: Page, person: Registrant): Promise<void> {
  await page.getByLabel("Mã số BHXH *").fill(person.bhxhNumber);
  await page.getByLabel("Họ và tên *").fill(person.fullName);
  await page.getByLabel("Số CCCD *").fill(person.cccd);
  await page.getByLabel("Số điện thoại *").fill(person.phone);
}

/** Step 2: both sides of the ID card, each shown back as a preview. */
export async function attachPhotos(page: Page): Promise<void> {
  await page.getByLabel("Chụp hoặc chọn ảnh mặt trước").setInputFiles({
    name: "mat-truoc.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("MAT TRUOC", "#d8e8f5"),
  });
  await expect(page.getByRole("img", { name: "Ảnh mặt trước thẻ CCCD bạn đã chọn" })).toBeVisible();
  await page.getByLabel("Chụp hoặc chọn ảnh mặt sau").setInputFiles({
    name: "mat-sau.jpg",
    mimeType: "image/jpeg",
    buffer: await cardPhoto("MAT SAU", "#f5ead8"),
  });
  await expect(page.getByRole("img", { name: "Ảnh mặt sau thẻ CCCD bạn đã chọn" })).toBeVisible();
}

/**
 * The whole registration from the home tab, taking every step's default (the office preset from the
 * BHXH number's province), without stopping on an error: returns the dossier number on the receipt.
 */
export async function registerFromHome(page: Page, person: Registrant): Promise<string> {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Đăng ký tài khoản" }).tap();
  await expect(page).toHaveURL("/dang-ky");
  await fillDetails(page, person);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page).toHaveURL("/dang-ky/anh-cccd");
  await attachPhotos(page);
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page).toHaveURL("/dang-ky/noi-tiep-nhan");
  await page.getByRole("button", { name: "Tiếp tục" }).tap();
  await expect(page).toHaveURL("/dang-ky/kiem-tra");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "Gửi", exact: true }).tap();
  await expect(page).toHaveURL("/dang-ky/da-gui");
  await expect(heading(page)).toHaveText("Đã gửi hồ sơ");
  const dossierNumber = (await page.getByTestId("dossier-number").textContent())?.trim() ?? "";
  expect(dossierNumber).toMatch(/^HS\d{12}$/);
  return dossierNumber;
}

/** The sign-in page with the BHXH or CCCD number and the password. */
export async function signInCitizen(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto("/dang-nhap");
  await page.getByLabel("Mã số BHXH hoặc số CCCD").fill(identifier);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).tap();
}

/**
 * A new phone: a fresh context (its own IndexedDB, so its own device key) with the project's phone
 * viewport, for a journey that keeps one signed-in citizen across a file's tests or needs a second one.
 */
export function newPhone(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { baseURL, viewport, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  return browser.newContext({ baseURL, viewport, deviceScaleFactor, isMobile, hasTouch });
}
