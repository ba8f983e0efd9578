import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

// Runs in the "citizen-phone" project: 390×844, touch, mobile viewport.

const tabsNav = (page: Page, name: string) => page.getByRole("navigation", { name });
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test("opens in Vietnamese with four tabs that lead to their pages", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page).toHaveTitle("Cá nhân — AnSinh");

  const tabs = tabsNav(page, "Các mục chính");
  await expect(tabs.getByRole("link")).toHaveText(["Cá nhân", "Dịch vụ công", "Tra cứu", "Trợ giúp"]);
  await expect(heading(page)).toHaveText("Cá nhân");

  const journey = [
    { tab: "Dịch vụ công", path: "/dich-vu-cong", lead: /nộp hồ sơ trực tuyến/ },
    { tab: "Tra cứu", path: "/tra-cuu", lead: /không cần tài khoản/ },
    { tab: "Trợ giúp", path: "/tro-giup", lead: /Câu hỏi thường gặp/ },
    { tab: "Cá nhân", path: "/", lead: /thẻ bảo hiểm y tế/ },
  ];
  for (const { tab, path, lead } of journey) {
    await tabs.getByRole("link", { name: tab }).tap();
    await expect(page).toHaveURL(path);
    await expect(heading(page)).toHaveText(tab);
    await expect(page.getByRole("main")).toContainText(lead);
    await expect(tabs.getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
    await expect(tabs.locator("[aria-current=page]")).toHaveCount(1);
  }
});

test("the help page offers the hotline as a phone link", async ({ page }) => {
  await page.goto("/tro-giup");
  await expect(page.getByRole("link", { name: "Gọi tổng đài 1900 9068" })).toHaveAttribute(
    "href",
    "tel:19009068",
  );
});

test("the personal tab invites a signed-out person to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("main")).toContainText("Bạn cần đăng nhập để xem thông tin của mình.");
  await page.getByRole("main").getByRole("link", { name: "Đăng nhập" }).tap();
  await expect(page).toHaveURL("/dang-nhap");
  await expect(heading(page)).toHaveText("Đăng nhập");
  await expect(page.getByRole("link", { name: "Quên mật khẩu?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Đăng ký tài khoản" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Tra cứu mã số BHXH/ })).toHaveAttribute("href", "/tra-cuu");
});

test("an empty sign-in shows the errors in Vietnamese, then in English after switching", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByRole("button", { name: "Đăng nhập" }).tap();

  // Vietnamese: summary on top and focused, inline errors read with each field.
  const focused = page.locator(":focus");
  await expect(focused.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
  await expect(focused.getByRole("link")).toHaveText(["Nhập mã số BHXH hoặc số CCCD", "Nhập mật khẩu"]);
  const identifier = page.getByLabel("Mã số BHXH hoặc số CCCD");
  const password = page.getByLabel("Mật khẩu", { exact: true });
  await expect(identifier).toHaveAttribute("aria-invalid", "true");
  await expect(identifier).toHaveAccessibleDescription(/Nhập mã số BHXH hoặc số CCCD/);
  await expect(password).toHaveAccessibleDescription(/Nhập mật khẩu/);
  await expect(page).toHaveTitle("Lỗi: Đăng nhập — AnSinh");
  await expectNoSeriousAxeViolations(page);

  // The summary's links take people to the field to fix.
  await focused.getByRole("link", { name: "Nhập mật khẩu" }).tap();
  await expect(password).toBeFocused();

  // English: the same errors, re-worded without submitting again.
  await page.getByRole("button", { name: "English" }).tap();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Enter your BHXH number or your CCCD number",
    "Enter your password",
  ]);
  await expect(
    page.getByLabel("Social insurance (BHXH) number or citizen ID (CCCD) number"),
  ).toHaveAccessibleDescription(/Enter your BHXH number or your CCCD number/);
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /Enter your password/,
  );
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page).toHaveTitle("Error: Sign in — AnSinh");
  await expectNoSeriousAxeViolations(page);

  // The choice is remembered.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(heading(page)).toHaveText("Sign in");
});

test("every tab is free of serious accessibility problems in both languages", async ({ page }) => {
  // Twelve pages checked by axe, a few seconds each on a busy 2-core machine: more than the default 30 s.
  test.setTimeout(90_000);
  for (const language of ["Tiếng Việt", "English"]) {
    await page.goto("/");
    await page.getByRole("button", { name: language }).tap();
    for (const path of ["/", "/dich-vu-cong", "/tra-cuu", "/tro-giup", "/dang-nhap", "/quen-mat-khau"]) {
      await page.goto(path);
      await expect(heading(page)).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    }
  }
});

test("a malformed number is explained; a valid one is sent and the server's message shown", async ({
  page,
}) => {
  await page.goto("/dang-nhap");
  const identifier = page.getByLabel("Mã số BHXH hoặc số CCCD");
  const password = page.getByLabel("Mật khẩu", { exact: true });
  const submit = page.getByRole("button", { name: "Đăng nhập" });

  await identifier.fill("12345");
  await password.fill("mật khẩu bí mật");
  await submit.tap();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Mã số BHXH phải có 10 chữ số, số CCCD có 12 chữ số, số CMND cũ có 9 chữ số",
  ]);

  // The server answers in its own words (here a problem+json refusal): the page shows them.
  await page.route("**/api/auth/device-challenge", (route) =>
    route.fulfill({ json: { nonce: "e2e-nonce_1", expiresInSeconds: 120 } }),
  );
  const sent: unknown[] = [];
  await page.route("**/api/auth/login", async (route) => {
    sent.push(route.request().postDataJSON());
    await route.fulfill({
      status: 401,
      contentType: "application/problem+json",
      body: JSON.stringify({ title: "Unauthorized", detail: "Sai mã số hoặc mật khẩu" }),
    });
  });
  await identifier.fill("0123 456 789");
  await submit.tap();
  await expect(page.getByRole("status")).toHaveText("Sai mã số hoặc mật khẩu");
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(sent).toEqual([
    {
      identifier: "0123456789",
      password: "mật khẩu bí mật",
      device: {
        publicKey: { kty: "EC", crv: "P-256", x: expect.any(String), y: expect.any(String) },
        nonce: "e2e-nonce_1",
        signature: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/),
        label: "Chrome trên Linux",
      },
    },
  ]);
  // The proof is an ECDSA P-256 / SHA-256 signature of "ansinh-device:<nonce>" by the key sent with it.
  const { device } = sent[0] as { device: { publicKey: JsonWebKey; signature: string } };
  const publicKey = await crypto.subtle.importKey(
    "jwk",
    device.publicKey,
    { name: "ECDSA", namedCurve: "P-256" },
    false,
    ["verify"],
  );
  const valid = await crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    publicKey,
    Buffer.from(device.signature, "base64url"),
    new TextEncoder().encode("ansinh-device:e2e-nonce_1"),
  );
  expect(valid).toBe(true);

  // The same phone signs with the same key the next time (it is kept in IndexedDB, not extractable).
  await submit.tap();
  await expect(page.getByRole("status")).toHaveText("Sai mã số hoặc mật khẩu");
  expect(sent).toHaveLength(2);
  expect((sent[1] as { device: { publicKey: unknown } }).device.publicKey).toEqual(device.publicKey);
  const stored = await page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open("ansinh-device");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("keys").objectStore("keys").get("device");
          get.onerror = () => reject(get.error);
          get.onsuccess = () => resolve((get.result as CryptoKeyPair).privateKey.extractable);
        };
      }),
  );
  expect(stored, "the private key is not extractable").toBe(false);
});

test("a browser that cannot keep a device key is told why, in plain words", async ({ page }) => {
  // As in a private window that refuses storage: no IndexedDB at all.
  await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
  await page.route("**/api/auth/device-challenge", (route) =>
    route.fulfill({ json: { nonce: "e2e-nonce_2", expiresInSeconds: 120 } }),
  );
  let loginCalls = 0;
  await page.route("**/api/auth/login", (route) => {
    loginCalls += 1;
    return route.fulfill({ status: 500, body: "" });
  });
  await page.goto("/dang-nhap");
  await page.getByLabel("Mã số BHXH hoặc số CCCD").fill("0123456789");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("mật khẩu bí mật");
  await page.getByRole("button", { name: "Đăng nhập" }).tap();
  await expect(page.getByRole("alert")).toContainText(/chế độ ẩn danh/);
  expect(loginCalls).toBe(0);
  await expectNoSeriousAxeViolations(page);
});

test("sign-in that the server does not offer yet gets a neutral message", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Mã số BHXH hoặc số CCCD").fill("001099012345");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("abc");

  await page.route("**/api/auth/login", (route) => route.fulfill({ status: 404, body: "" }));
  await page.getByRole("button", { name: "Đăng nhập" }).tap();
  await expect(page.getByRole("status")).toHaveText("Đăng nhập chưa khả dụng, vui lòng thử lại sau");

  await page.unroute("**/api/auth/login");
  await page.route("**/api/auth/login", (route) => route.abort("internetdisconnected"));
  await page.getByRole("button", { name: "English" }).tap();
  await page.getByRole("button", { name: "Sign in" }).tap();
  await expect(page.getByRole("status")).toHaveText("Sign-in is not available yet, please try again later");
});

test("show/hide reveals the password and hides it again", async ({ page }) => {
  await page.goto("/dang-nhap");
  const password = page.getByLabel("Mật khẩu", { exact: true });
  await password.fill("bí mật");
  await expect(password).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Hiện mật khẩu" }).tap();
  await expect(password).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Ẩn mật khẩu" }).tap();
  await expect(password).toHaveAttribute("type", "password");

  // Sending the form hides it again, so the browser does not keep it as plain text.
  await page.getByRole("button", { name: "Hiện mật khẩu" }).tap();
  await page.getByRole("button", { name: "Đăng nhập" }).tap();
  await expect(password).toHaveAttribute("type", "password");
});

test("is installable: the manifest is linked and served, and a service worker takes over", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");

  const manifestResponse = await request.get("/manifest.webmanifest");
  expect(manifestResponse.ok()).toBe(true);
  const manifest: unknown = await manifestResponse.json();
  expect(manifest).toMatchObject({
    name: "AnSinh — Bảo hiểm xã hội số",
    short_name: "AnSinh",
    lang: "vi",
    start_url: "/",
    display: "standalone",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", purpose: "maskable" },
    ],
  });
  for (const icon of ["/icons/icon-192.png", "/icons/icon-512.png", "/icons/maskable-512.png"]) {
    const response = await request.get(icon);
    expect(response.headers()["content-type"], icon).toContain("image/png");
  }

  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, script: registration.active?.scriptURL ?? null };
  });
  expect(worker.scope).toBe(new URL("/", page.url()).href);
  expect(worker.script).toBe(new URL("/sw.js", page.url()).href);

  // The app shell opens without a network, on any of the app's paths.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  await page.goto("/tra-cuu");
  await expect(heading(page)).toHaveText("Tra cứu");
  await page.context().setOffline(false);

  // The worker leaves the staff console alone: /console/ is not answered with the citizen shell.
  await page.goto("/console/");
  await expect(heading(page)).toHaveText("Đăng nhập cán bộ");
});
