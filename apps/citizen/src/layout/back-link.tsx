import { Link } from "@tanstack/react-router";

/** "‹ Back to …" above a page's heading, where people look for the way up on a phone. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="-mt-2 mb-4">
      <Link to={to} className="inline-flex min-h-touch items-center gap-1 text-lg">
        <span aria-hidden="true">‹</span> {label}
      </Link>
    </p>
  );
}
