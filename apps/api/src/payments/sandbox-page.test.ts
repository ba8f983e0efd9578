import { describe, expect, it } from "vitest";
import { renderSandboxPage, type SandboxPageInput } from "./sandbox-page";

const input: SandboxPageInput = {
  providerReference: "SB0123456789ABCDEF0123456789ABCDEF",
  amount: 1_366_200,
  status: "pending",
  createdAt: new Date("2026-11-26T03:00:00Z"),
  description: 'Gia hạn BHYT hộ gia đình — hồ sơ DV2600000001 <b>"x"</b>',
  callbackUrl: "/api/payments/callback/sandbox",
  returnUrl: "/dich-vu-cong/yeu-cau/0192",
  sign: (c) => `sig-${c.outcome}-${c.amount}`,
};

describe("sandbox payment page", () => {
  it("offers the three choices, each a form carrying its own signed callback", () => {
    const html = renderSandboxPage(input);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("1.366.200 ₫");
    expect(html).toContain("10:00 26/11/2026");
    for (const [outcome, label] of [
      ["confirmed", "Xác nhận thanh toán"],
      ["failed", "Thanh toán thất bại"],
      ["abandoned", "Bỏ dở"],
    ]) {
      expect(html).toContain(`name="outcome" value="${outcome}"`);
      expect(html).toContain(`name="signature" value="sig-${outcome}-1366200"`);
      expect(html).toContain(label);
    }
    expect(html.match(/<form method="post" action="\/api\/payments\/callback\/sandbox">/g)).toHaveLength(3);
    expect(html).not.toContain("<script");
  });

  it("escapes what it shows", () => {
    const html = renderSandboxPage(input);
    expect(html).toContain("&lt;b&gt;&quot;x&quot;&lt;/b&gt;");
    expect(html).not.toContain("<b>");
  });

  it("once the payment has ended, offers no button but the way back to the request", () => {
    const html = renderSandboxPage({ ...input, status: "confirmed" });
    expect(html).not.toContain("<form");
    expect(html).toContain("đã được thanh toán");
    expect(html).toContain('href="/dich-vu-cong/yeu-cau/0192"');
  });
});
