import { useLocale } from "@ansinh/ui";
import { Link, useRouter } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import { type DecisionOutcome, DecisionPanel } from "../dossiers/decision-panel";
import type {
  ApiResult,
  ChildDetails,
  ComparedField,
  DossierDetail,
  DossierEvent,
  DossierPhoto,
} from "../dossiers/dossier-api";
import { ageInYears, formatDateTime, formatIsoDate } from "../dossiers/format";
import { PhotoViewer } from "../dossiers/photo-viewer";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";

export function DossierPage({ result }: { result: ApiResult<DossierDetail> }) {
  const t = useT();
  if (result.ok) return <DossierView dossier={result.data} />;
  if (result.kind === "not-found")
    return (
      <Page title={t("dossier.notFound.title")} lead={t("dossier.notFound.lead")}>
        <BackLink />
      </Page>
    );
  return (
    <Page title={t("dossier.title")}>
      <ApiFailureNotice failure={result} />
      <BackLink />
    </Page>
  );
}

function BackLink() {
  const t = useT();
  return (
    <p className="mt-6 text-lg">
      <Link to={paths.dossiers}>{t("dossier.back")}</Link>
    </p>
  );
}

/**
 * What the applicant typed beside what the registry holds, the photos, the decision and the history.
 * After a decision the page reloads the dossier from the server, so the status and history shown are
 * the recorded ones, and says what happened in a notice that takes focus.
 */
function DossierView({ dossier }: { dossier: DossierDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const router = useRouter();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) notice.current?.focus();
  }, [outcome]);

  async function onDecided(next: DecisionOutcome): Promise<void> {
    // Reload first (the server may have been decided by someone else too), then announce.
    await router.invalidate();
    setOutcome(next);
  }

  return (
    <Page title={`${t("dossier.title")} ${dossier.number}`}>
      <p className="-mt-2 mb-6 text-lg">
        <Link to={paths.dossiers}>{t("dossier.back")}</Link>
      </p>
      <dl className="mb-8 grid gap-x-6 gap-y-2 rounded-md bg-white p-6 text-lg sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("dossier.status")}</dt>
        <dd>
          <StatusBadge status={dossier.status} />
        </dd>
        <dt className="font-bold">{t("dossier.kind")}</dt>
        <dd>{t(`kind.${dossier.kind}`)}</dd>
        <dt className="font-bold">{t("dossier.submittedAt")}</dt>
        <dd>{formatDateTime(dossier.submittedAt, locale)}</dd>
      </dl>

      <div ref={notice} tabIndex={-1} role="status" className="mb-6 empty:hidden">
        {outcome?.kind === "approved" && (
          <p className="border-l-4 border-success bg-white p-4 text-lg font-bold">{t("decision.approved")}</p>
        )}
        {outcome?.kind === "rejected" && (
          <p className="border-l-4 border-success bg-white p-4 text-lg font-bold">{t("decision.rejected")}</p>
        )}
      </div>
      <div role="alert">
        {outcome?.kind === "failed" && (
          <ApiFailureNotice failure={outcome.failure} lead={t("decision.failed")} />
        )}
      </div>

      {dossier.child && <ChildPanel child={dossier.child} />}

      <Comparison fields={dossier.fields} />

      <section aria-labelledby="dossier-photos" className="mt-10">
        <h2 id="dossier-photos" className="mb-4 text-2xl font-bold">
          {t("photos.title")}
        </h2>
        {dossier.photos.length === 0 ? (
          <p className="text-lg">{t("photos.none")}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            {photosInReadingOrder(dossier.photos).map((photo) => (
              <PhotoViewer key={photo.url} photo={photo} />
            ))}
          </div>
        )}
      </section>

      <div className="mt-10">
        {dossier.status === "pending" ? (
          <DecisionPanel dossierId={dossier.id} dossierNumber={dossier.number} onDecided={onDecided} />
        ) : (
          <p className="rounded-md bg-white p-6 text-lg">
            {t("decision.decided")} {t("dossier.status")}: <StatusBadge status={dossier.status} />
          </p>
        )}
      </div>

      <History events={dossier.history} />
    </Page>
  );
}

const photoOrder = ["id_front", "id_back", "child_portrait", "birth_certificate"];

/** The front of the card before its back, the child's portrait before the birth certificate. */
function photosInReadingOrder(photos: DossierPhoto[]): DossierPhoto[] {
  const rank = (kind: string) => {
    const index = photoOrder.indexOf(kind);
    return index === -1 ? photoOrder.length : index;
  };
  return [...photos].sort((a, b) => rank(a.kind) - rank(b.kind));
}

const statusClasses = {
  pending: "border-brand text-brand-dark",
  approved: "border-success text-success",
  rejected: "border-error text-error",
} as const;

function StatusBadge({ status }: { status: DossierDetail["status"] }) {
  const t = useT();
  return (
    <strong className={`inline-block rounded-md border-2 px-2 font-bold ${statusClasses[status]}`}>
      {t(`status.${status}`)}
    </strong>
  );
}

const fieldKeys = [
  "fullName",
  "bhxhNumber",
  "nationalId",
  "birthDate",
  "sex",
  "phone",
  "email",
  "address",
  "office",
  "filedBy",
] as const;

function Comparison({ fields }: { fields: ComparedField[] }) {
  const t = useT();
  const label = (field: string) => {
    const key = fieldKeys.find((known) => known === field);
    return key ? t(`field.${key}`) : field;
  };
  const mismatches = fields.filter((field) => field.matches === false).length;

  return (
    <section aria-labelledby="dossier-compare">
      <h2 id="dossier-compare" className="mb-2 text-2xl font-bold">
        {t("dossier.compare.title")}
      </h2>
      <p className="mb-4 text-lg">
        {mismatches === 0 ? (
          t("dossier.compare.allMatch")
        ) : (
          <strong className="text-error">
            {t("dossier.compare.mismatchCount")} {mismatches}
          </strong>
        )}
      </p>
      <DataTable
        headings={[
          t("dossier.compare.field"),
          t("dossier.compare.submitted"),
          t("dossier.compare.registry"),
          t("dossier.compare.result"),
        ]}
      >
        {fields.map((field) => (
          <tr
            key={field.field}
            className={`border-b border-line ${field.matches === false ? "bg-error/10" : ""}`}
          >
            <th scope="row" className="px-3 py-2">
              {label(field.field)}
            </th>
            <td className="px-3 py-2">
              <FieldValue field={field} value={field.submitted} />
            </td>
            <td className="px-3 py-2">
              <FieldValue field={field} value={field.registry} />
            </td>
            <td className="px-3 py-2">
              {field.matches === true && (
                <span className="font-bold text-success">
                  <span aria-hidden="true">✓ </span>
                  {t("dossier.compare.match")}
                </span>
              )}
              {field.matches === false && (
                <strong className="text-error">
                  <span aria-hidden="true">✗ </span>
                  {t("dossier.compare.mismatch")}
                </strong>
              )}
              {field.matches === null && (
                <>
                  <span aria-hidden="true" className="text-muted">
                    —
                  </span>
                  <span className="sr-only">{t("dossier.compare.notCompared")}</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** A value as people write it (01/02/1990, Nam); an absent one says why it is absent. */
function FieldValue({ field, value }: { field: ComparedField; value: string | null }) {
  const t = useT();
  if (value === null || value === "")
    return (
      <span className="text-muted">
        {field.compared ? t("dossier.compare.none") : t("dossier.compare.notAsked")}
      </span>
    );
  if (field.field === "sex" && (value === "male" || value === "female")) return <>{t(`sex.${value}`)}</>;
  if (field.field === "birthDate") return <>{formatIsoDate(value)}</>;
  // Names and addresses are Vietnamese proper names: read with Vietnamese pronunciation in either language.
  return <span lang="vi">{value}</span>;
}

const relationKeys = ["head", "spouse", "child", "parent", "grandchild", "sibling", "other"] as const;

/**
 * A child's dossier: who filed it, whether the registry has them in the child's household, and the
 * child's age and household, which decide whether a parent may ask for the child's account.
 */
function ChildPanel({ child }: { child: ChildDetails }) {
  const t = useT();
  const age = ageInYears(child.birthDate, child.birthYear);
  const relation = relationKeys.find((known) => known === child.household?.relationToHead);
  return (
    <section aria-labelledby="dossier-child" className="mb-10 rounded-md bg-white p-6">
      <h2 id="dossier-child" className="mb-4 text-2xl font-bold">
        {t("child.title")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("child.filedBy")}</dt>
        <dd>
          <span lang="vi">{child.filedBy.fullName}</span> — {t("field.bhxhNumber")} {child.filedBy.bhxhNumber}
        </dd>
        <dt className="font-bold">{t("child.sameHousehold")}</dt>
        <dd>
          {child.sameHousehold ? (
            <span className="font-bold text-success">
              <span aria-hidden="true">✓ </span>
              {t("child.yes")}
            </span>
          ) : (
            <strong className="text-error">
              <span aria-hidden="true">✗ </span>
              {t("child.no")}
            </strong>
          )}
        </dd>
        <dt className="font-bold">{t("child.birthDate")}</dt>
        <dd>
          {child.birthDate ? formatIsoDate(child.birthDate) : (child.birthYear ?? t("dossier.compare.none"))}
          {age !== null && ` (${t("child.age").replace("{n}", String(age))})`}
          {age !== null && age >= 18 && <strong className="ml-2 text-error">{t("child.adult")}</strong>}
        </dd>
        <dt className="font-bold">{t("child.household")}</dt>
        <dd>
          {child.household
            ? `${child.household.code}${relation ? ` (${t(`relation.${relation}`)})` : ""}`
            : t("child.noHousehold")}
        </dd>
      </dl>
    </section>
  );
}

const actionKeys = ["submitted", "approved", "rejected"] as const;
const reasonKeys = ["blurry_photo", "data_mismatch", "wrong_office", "other"] as const;

function History({ events }: { events: DossierEvent[] }) {
  const t = useT();
  const { locale } = useLocale();
  const action = (value: string) => {
    const key = actionKeys.find((known) => known === value);
    return key ? t(`action.${key}`) : value;
  };
  const reason = (value: string | null) => {
    if (value === null) return "";
    const key = reasonKeys.find((known) => known === value);
    return key ? t(`reason.${key}`) : value;
  };

  return (
    <section aria-labelledby="dossier-history" className="mt-10">
      <h2 id="dossier-history" className="mb-4 text-2xl font-bold">
        {t("history.title")}
      </h2>
      {events.length === 0 ? (
        <p className="text-lg">{t("history.empty")}</p>
      ) : (
        <DataTable
          headings={[
            t("history.at"),
            t("history.action"),
            t("history.staff"),
            t("history.reason"),
            t("history.note"),
          ]}
        >
          {events.map((event) => (
            <tr key={`${event.at}-${event.action}`} className="border-b border-line">
              <td className="px-3 py-2">{formatDateTime(event.at, locale)}</td>
              <td className="px-3 py-2 font-bold">{action(event.action)}</td>
              <td className="px-3 py-2" lang="vi">
                {event.staffName ?? t("history.citizen")}
              </td>
              <td className="px-3 py-2">{reason(event.reason)}</td>
              <td className="px-3 py-2" lang="vi">
                {event.note ?? ""}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
