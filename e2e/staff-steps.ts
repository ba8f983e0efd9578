import { type Browser, expect, type Page } from "@playwright/test";
import { stepOf, totpAt } from "../apps/api/src/auth/totp";

// Staff of the demo data (README, "Demo data"), signed in for journeys that need a reviewer, a support
// agent or an admin.

const demoPassword = "Demo@2026";
const demoTotpSecrets = {
  "duyet.hcm": "ANSINHDEMODUYETHCMAAAAAAAAAAAAAA",
  "duyet.hn": "ANSINHDEMODUYETHNAAAAAAAAAAAAAAA",
  "hotro.hcm": "ANSINHDEMOHOTROHCMAAAAAAAAAAAAAA",
  quantri: "ANSINHDEMOQUANTRIAAAAAAAAAAAAAA",
} as const;
type DemoStaff = keyof typeof demoTotpSecrets;

/**
 * Signs in through the API (the sign-in screen has its own spec); the session cookie lands in the
 * page's browser context. A TOTP step is accepted once per account and only after the last one used,
 * and other spec files sign the same demo staff in at the same time: the previous step (still within
 * the server's drift) is tried first, so a file that uses the current step is never refused because of
 * this one. When that step is taken already the current one is tried, then the next step is awaited.
 * At most three refusals, well under the lockout's five.
 */
async function signInStaff(page: Page, staff: DemoStaff): Promise<void> {
  const tried = new Set<number>();
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    const now = stepOf(Date.now());
    const step = [now - 1, now].find((candidate) => !tried.has(candidate));
    if (step === undefined) {
      await page.waitForTimeout((now + 1) * 30_000 - Date.now() + 250);
      continue;
    }
    tried.add(step);
    const response = await page.request.post("/api/staff/login", {
      data: { identifier: staff, password: demoPassword, code: totpAt(demoTotpSecrets[staff], step) },
    });
    if (response.ok()) return;
    expect(response.status(), await response.text()).toBe(401);
  }
  throw new Error(`Could not sign ${staff} in`);
}

/** A page of a new desktop browser context (the staff console's size), signed in as that staff member. */
export async function signedInStaffPage(browser: Browser, staff: DemoStaff): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInStaff(page, staff);
  return page;
}
