import { formatDate, isIsoDate } from "@ansinh/domain";
import { useLocale } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/messages";
import { paths, serviceSearchKeys } from "../paths";
import { ApiState } from "./api-state";
import { fill, useServicesT } from "./i18n/messages";
import { formatMoment } from "./service-frame";
import {
  type RequestSummary,
  readRequestList,
  readServices,
  type ServiceView,
  serviceApi,
} from "./services-api";
import { StatusBadge } from "./status-badge";
import { useApiData } from "./use-api-data";

/** The service whose form is the existing child-registration journey, not one drawn from fields. */
export const childAccountCode = "child-account";

const rowClassName = "flex min-h-touch flex-col gap-1 p-4 no-underline hover:bg-surface";

/**
 * The signed-in part of "Dịch vụ công": every service (those the person cannot use yet too, with the
 * reason, so nobody wonders where one went), then "Hồ sơ của tôi" with drafts and sent requests.
 */
export function ServiceCatalogue() {
  const t = useServicesT();
  const services = useApiData(serviceApi.services, readServices);
  const requests = useApiData(serviceApi.requests, readRequestList);
  const named = services.state.kind === "ready" ? services.state.data : [];

  return (
    <>
      <section aria-labelledby="services-list">
        <h2 id="services-list" className="mb-3 text-xl font-bold">
          {t("catalogue.heading")}
        </h2>
        {services.state.kind === "failed" && <ChildAccountEntry />}
        <ApiState data={services.state} pending={services.pending} reload={services.reload}>
          {(list) =>
            list.length === 0 ? (
              <p className="text-lg">{t("catalogue.empty")}</p>
            ) : (
              <ul className="divide-y divide-line/40 border-y border-line/40 bg-white">
                {list.map((service) => (
                  <li key={service.code}>
                    <ServiceEntry service={service} />
                  </li>
                ))}
              </ul>
            )
          }
        </ApiState>
      </section>

      <section aria-labelledby="my-requests" className="mt-8">
        <h2 id="my-requests" className="mb-3 text-xl font-bold">
          {t("mine.heading")}
        </h2>
        <ApiState data={requests.state} pending={requests.pending} reload={requests.reload}>
          {(items) =>
            items.length === 0 ? (
              <p className="text-lg">{t("mine.empty")}</p>
            ) : (
              <ul className="divide-y divide-line/40 border-y border-line/40 bg-white">
                {items.map((item) => (
                  <li key={item.id}>
                    <RequestEntry item={item} services={named} />
                  </li>
                ))}
              </ul>
            )
          }
        </ApiState>
      </section>
    </>
  );
}

/**
 * The way to the child-registration journey when the catalogue could not be read: that journey does
 * not depend on the services API, so it stays reachable.
 */
function ChildAccountEntry() {
  const t = useT();
  return (
    <ul className="mb-4 border-y border-line/40 bg-white">
      <li>
        <Link to={paths.childRegister} className={rowClassName}>
          <span className="text-lg font-bold underline">{t("services.childAccount")}</span>
          <span className="text-ink">{t("services.childAccount.text")}</span>
        </Link>
      </li>
    </ul>
  );
}

function ServiceEntry({ service }: { service: ServiceView }) {
  const t = useServicesT();
  const { locale } = useLocale();
  const details = (
    <>
      <span className="text-ink">{service.description[locale]}</span>
      {service.workingDays > 0 && (
        <span className="text-muted">{fill(t("catalogue.days"), { n: service.workingDays })}</span>
      )}
      {service.payment && <span className="text-muted">{t("catalogue.paid")}</span>}
      {!service.available && service.unavailableReason && (
        <span className="font-bold">
          {t("catalogue.notAvailable")} {service.unavailableReason[locale]}
        </span>
      )}
    </>
  );
  // The child's account has its own journey, which checks the parent itself.
  if (service.code === childAccountCode)
    return (
      <Link to={paths.childRegister} className={rowClassName}>
        <span className="text-lg font-bold underline">{service.name[locale]}</span>
        {details}
      </Link>
    );
  if (!service.available)
    return (
      <div className="flex flex-col gap-1 p-4">
        <span className="text-lg font-bold">{service.name[locale]}</span>
        {details}
      </div>
    );
  return (
    <Link to={paths.serviceApply} params={{ serviceCode: service.code }} className={rowClassName}>
      <span className="text-lg font-bold underline">{service.name[locale]}</span>
      {details}
    </Link>
  );
}

function RequestEntry({ item, services }: { item: RequestSummary; services: readonly ServiceView[] }) {
  const t = useServicesT();
  const { locale } = useLocale();
  const name =
    item.serviceName?.[locale] ??
    services.find((service) => service.code === item.serviceCode)?.name[locale] ??
    item.serviceCode;
  const draft = item.status === "draft";
  const body = (
    <>
      <span className="text-lg font-bold underline">{name}</span>
      <span>{draft ? t("mine.draft") : fill(t("mine.number"), { number: item.number ?? "" })}</span>
      <span>
        <StatusBadge status={item.status} overdue={item.overdue} />
      </span>
      {!draft && item.dueOn && isIsoDate(item.dueOn) && (
        <span className="text-muted">{fill(t("mine.due"), { date: formatDate(item.dueOn) })}</span>
      )}
      {draft && item.updatedAt && (
        <span className="text-muted">{fill(t("mine.savedOn"), { time: formatMoment(item.updatedAt) })}</span>
      )}
    </>
  );
  return draft ? (
    <Link
      to={paths.serviceApply}
      params={{ serviceCode: item.serviceCode }}
      search={{ [serviceSearchKeys.draft]: item.id }}
      className={rowClassName}
    >
      {body}
    </Link>
  ) : (
    <Link to={paths.serviceRequest} params={{ requestId: item.id }} className={rowClassName}>
      {body}
    </Link>
  );
}
