import { Button } from "@ansinh/ui";
import { useEffect, useRef } from "react";
import { useT } from "../i18n/messages";
import { isStaffRole } from "../session";
import type { CreatedStaffAccount } from "./staff-api";

/**
 * The new account's initial password, TOTP secret and otpauth URI, shown this once: the server keeps
 * only a hash and a ciphertext, and this page forgets them on "done" or on leaving. Takes focus, so
 * that a screen reader reads the warning first.
 */
export function CreatedAccount({ account, onDone }: { account: CreatedStaffAccount; onDone: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const secretClassName = "font-mono text-xl break-all select-all";
  return (
    <section aria-labelledby="created-account-title" className="mb-10 border-4 border-success bg-white p-6">
      <h2 id="created-account-title" ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {t("staff.created.title")} {account.username}
      </h2>
      <p className="mt-3 border-l-4 border-error pl-3 text-lg font-bold">{t("staff.created.once")}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-lg sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("staff.username.label")}</dt>
        <dd className={secretClassName}>{account.username}</dd>
        <dt className="font-bold">{t("staff.fullName.label")}</dt>
        <dd lang="vi">{account.fullName}</dd>
        <dt className="font-bold">{t("staff.role.label")}</dt>
        <dd>{isStaffRole(account.role) ? t(`role.${account.role}`) : account.role}</dd>
        <dt className="font-bold">{t("staff.officeCode.label")}</dt>
        <dd>{account.officeCode}</dd>
        <dt className="font-bold">{t("staff.created.password")}</dt>
        <dd className={secretClassName}>{account.initialPassword}</dd>
        <dt className="font-bold">{t("staff.created.secret")}</dt>
        <dd className={secretClassName}>{account.totpSecret}</dd>
        <dt className="font-bold">{t("staff.created.uri")}</dt>
        <dd className="font-mono break-all select-all">{account.otpauthUri}</dd>
      </dl>
      <Button className="mt-6" onClick={onDone}>
        {t("staff.created.done")}
      </Button>
    </section>
  );
}
