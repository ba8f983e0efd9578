import { useLocale } from "@ansinh/ui";
import { useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import type { ApiResult } from "../dossiers/dossier-api";
import { formatDateTime } from "../dossiers/format";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { isStaffRole } from "../session";
import { CreateStaffForm, useCreateStaffForm } from "../staff/create-staff-form";
import { CreatedAccount } from "../staff/created-account";
import type { CreatedStaffAccount, StaffAccount, StaffAccounts } from "../staff/staff-api";

/**
 * The staff accounts of an admin's office and its grassroots offices, and a form for a new one (the
 * server refuses both to anyone but an admin). A new account's secrets are shown once, then forgotten.
 */
export function StaffPage({ result }: { result: ApiResult<StaffAccounts> }) {
  const t = useT();
  const router = useRouter();
  const [created, setCreated] = useState<CreatedStaffAccount | null>(null);
  const createForm = useCreateStaffForm((account) => {
    setCreated(account);
    // The list gains the new account; the page (and what it shows once) stays.
    void router.invalidate();
  });

  return (
    <Page
      title={t("staff.title")}
      lead={t("staff.lead")}
      errorSummary={created ? null : createForm.errorSummary}
    >
      {result.ok ? (
        <>
          {created ? (
            <CreatedAccount account={created} onDone={() => setCreated(null)} />
          ) : (
            <CreateStaffForm state={createForm} offices={result.data.offices} />
          )}
          <StaffTable items={result.data.items} />
        </>
      ) : (
        <ApiFailureNotice failure={result} lead={t("staff.failed")} />
      )}
    </Page>
  );
}

function StaffTable({ items }: { items: StaffAccount[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (items.length === 0) return <p className="text-lg">{t("staff.empty")}</p>;
  return (
    <DataTable
      caption={
        <caption className="mb-2 text-left text-xl font-bold">
          {t("staff.list.caption")} ({items.length} {t("staff.list.count")})
        </caption>
      }
      headings={[
        t("staff.username.label"),
        t("staff.fullName.label"),
        t("staff.email.label"),
        t("staff.role.label"),
        t("staff.officeCode.label"),
        t("staff.column.createdAt"),
        t("staff.column.status"),
      ]}
    >
      {items.map((staff) => (
        <tr key={staff.username} className="border-b border-line align-top">
          <td className="px-3 py-2 font-mono">{staff.username}</td>
          <td className="px-3 py-2" lang="vi">
            {staff.fullName}
          </td>
          <td className="px-3 py-2 break-all">{staff.email}</td>
          <td className="px-3 py-2">{isStaffRole(staff.role) ? t(`role.${staff.role}`) : staff.role}</td>
          <td className="px-3 py-2" lang="vi">
            {staff.office.name} ({staff.office.code})
          </td>
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(staff.createdAt, locale)}</td>
          <td className="px-3 py-2">
            {staff.lockedUntil
              ? `${t("staff.status.locked")} ${formatDateTime(staff.lockedUntil, locale)}`
              : t("staff.status.active")}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
