import { Link } from "@tanstack/react-router";

/**
 * "‹ Back to …" above a page's heading, where people look for the way up on a phone. `params` and
 * `search` fill a path such as "/dich-vu-cong/nop/$serviceCode?ho-so=…".
 */
export interface BackTarget {
  to: string;
  label: string;
  params?: Record<string, string>;
  search?: Record<string, string>;
}

export function BackLink({ to, label, params, search }: BackTarget) {
  return (
    <p className="-mt-2 mb-4">
      <Link
        to={to}
        params={params}
        search={search}
        className="inline-flex min-h-touch items-center gap-1 text-lg"
      >
        <span aria-hidden="true">‹</span> {label}
      </Link>
    </p>
  );
}
