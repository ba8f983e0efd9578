import type { PaymentStatus } from "@ansinh/db";
import { formatVietnamTime, formatVnd } from "@ansinh/domain";
import type { CallbackOutcome, VerifiedCallback } from "./payment-provider";

/**
 * The sandbox gateway's page: a plain server-rendered form, no script (the API's CSP allows none
 * inline), that stands where a bank's payment page would. Each button is its own form carrying the
 * callback the gateway would send for that choice, already signed.
 */
export interface SandboxPageInput {
  providerReference: string;
  amount: number;
  status: PaymentStatus;
  createdAt: Date;
  /** What is being paid for, e.g. "Gia hạn BHYT hộ gia đình — hồ sơ DV2600000001". */
  description: string;
  callbackUrl: string;
  /** The citizen's request page, offered once the payment is no longer open. */
  returnUrl: string;
  sign(callback: VerifiedCallback): string;
}

const buttons: { outcome: CallbackOutcome; label: string; className: string }[] = [
  { outcome: "confirmed", label: "Xác nhận thanh toán", className: "primary" },
  { outcome: "failed", label: "Thanh toán thất bại", className: "warning" },
  { outcome: "abandoned", label: "Bỏ dở", className: "secondary" },
];

const settledText: Record<Exclude<PaymentStatus, "pending">, string> = {
  confirmed: "Giao dịch này đã được thanh toán.",
  failed: "Giao dịch này đã thất bại. Bạn có thể thanh toán lại từ trang hồ sơ.",
  expired: "Giao dịch này đã hết hạn hoặc bị bỏ dở. Bạn có thể thanh toán lại từ trang hồ sơ.",
};

export function renderSandboxPage(input: SandboxPageInput): string {
  const { providerReference, amount } = input;
  const actions =
    input.status === "pending"
      ? buttons
          .map(({ outcome, label, className }) => {
            const signature = input.sign({ providerReference, outcome, amount });
            return `<form method="post" action="${escapeHtml(input.callbackUrl)}">
  <input type="hidden" name="reference" value="${escapeHtml(providerReference)}">
  <input type="hidden" name="outcome" value="${outcome}">
  <input type="hidden" name="amount" value="${amount}">
  <input type="hidden" name="signature" value="${signature}">
  <button type="submit" class="${className}">${label}</button>
</form>`;
          })
          .join("\n")
      : `<p role="status">${settledText[input.status]}</p>
<p><a class="button secondary" href="${escapeHtml(input.returnUrl)}">Quay lại hồ sơ</a></p>`;

  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Cổng thanh toán thử nghiệm</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; padding: 16px; color: #0b0c0c; background: #f3f2f1; }
main { max-width: 480px; margin: 0 auto; background: #fff; padding: 24px; border-top: 6px solid #1d70b8; }
.notice { background: #fff7bf; padding: 12px; border-left: 6px solid #ffdd00; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; }
dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
form { margin: 12px 0; }
button, .button { display: block; box-sizing: border-box; width: 100%; min-height: 44px; padding: 10px 16px;
  font-size: 1.1rem; border: 0; cursor: pointer; text-align: center; text-decoration: none; }
.primary { background: #00703c; color: #fff; } .warning { background: #d4351c; color: #fff; }
.secondary { background: #f3f2f1; color: #0b0c0c; border: 2px solid #505a5f; }
button:focus, .button:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
</style>
</head>
<body>
<main>
<h1>Cổng thanh toán thử nghiệm</h1>
<p class="notice">Đây là cổng thanh toán thử nghiệm (sandbox): không có tiền thật được chuyển.
<span lang="en">This is a sandbox payment page: no real money moves.</span></p>
<dl>
<dt>Nội dung</dt><dd>${escapeHtml(input.description)}</dd>
<dt>Số tiền</dt><dd><strong>${formatVnd(amount)}</strong></dd>
<dt>Mã giao dịch</dt><dd>${escapeHtml(providerReference)}</dd>
<dt>Tạo lúc</dt><dd>${formatVietnamTime(input.createdAt)}</dd>
</dl>
${actions}
</main>
</body>
</html>
`;
}

const htmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}
