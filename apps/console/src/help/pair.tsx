import type { ReactNode } from "react";

/** One label and value of a help-desk details list (<dl>). */
export function Pair({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold">{label}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}
