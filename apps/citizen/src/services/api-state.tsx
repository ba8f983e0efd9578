import { Button, buttonClassName } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { paths } from "../paths";
import { useServicesT } from "./i18n/messages";
import type { ApiData } from "./use-api-data";

/**
 * What a services page shows while its data loads, or instead of it: a sign-in link, "not found", or
 * the failure with "Thử lại". `children` draws the data once it is there.
 */
export function ApiState<T>({
  data,
  pending = false,
  reload,
  notFound,
  signedOut,
  children,
}: {
  data: ApiData<T>;
  pending?: boolean;
  reload: () => void;
  /** Said for a 403/404, e.g. "Không tìm thấy hồ sơ này". */
  notFound?: string;
  /** Why to sign in, when the page is not a public service's, e.g. "… để trò chuyện với cán bộ". */
  signedOut?: string;
  children: (data: T) => ReactNode;
}) {
  const t = useServicesT();
  switch (data.kind) {
    case "loading":
      return (
        <p role="status" className="text-lg">
          {t("sv.loading")}
        </p>
      );
    case "signedOut":
      return (
        <section className="rounded-md bg-white p-4">
          <p className="text-lg">{signedOut ?? t("sv.signedOut")}</p>
          <Link to={paths.login} className={`${buttonClassName()} mt-4 w-full`}>
            {t("sv.signIn")}
          </Link>
        </section>
      );
    case "notFound":
      return <p className="rounded-md bg-white p-4 text-lg">{notFound ?? t("sv.unavailable")}</p>;
    case "failed":
      return (
        <div role="alert" className="rounded-md border-l-4 border-error bg-white p-4">
          <p className="text-lg">{data.unreachable ? t("sv.unreachable") : t("sv.unavailable")}</p>
          <Button variant="secondary" className="mt-4" onClick={reload} disabled={pending}>
            {t("sv.retry")}
          </Button>
        </div>
      );
    case "ready":
      return <div aria-busy={pending}>{children(data.data)}</div>;
  }
}
