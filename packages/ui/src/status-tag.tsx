import type { ReactNode } from "react";

export type StatusTone = "neutral" | "progress" | "attention" | "success" | "error";

// Colour only repeats what the words say: each tone also has its own border style and symbol, so a
// status reads the same in grey print or to someone who cannot tell red from green.
const tones: Record<StatusTone, { className: string; symbol: string }> = {
  neutral: { className: "border-2 border-dashed border-line text-ink", symbol: "○" },
  progress: { className: "border-2 border-solid border-brand text-brand-dark", symbol: "◔" },
  attention: { className: "border-4 border-double border-error text-error", symbol: "!" },
  success: { className: "border-2 border-solid border-success text-success", symbol: "✓" },
  error: { className: "border-2 border-solid border-error text-error", symbol: "✗" },
};

/** A status in words, e.g. "Đang xử lý", as a bordered tag; the symbol is decoration, hidden from readers. */
export function StatusTag({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  const { className, symbol } = tones[tone];
  return (
    <strong className={`inline-flex items-center gap-1 rounded-md bg-white px-2 font-bold ${className}`}>
      <span aria-hidden="true">{symbol}</span>
      {children}
    </strong>
  );
}
