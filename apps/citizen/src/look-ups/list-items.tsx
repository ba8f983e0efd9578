import { useLocale } from "@ansinh/ui";
import type { ReactNode } from "react";
import { formatDistance, mapLink, telLink } from "./format-distance";
import { fill, useLookUpsT } from "./i18n/messages";
import type { CollectionPoint, Employer, Facility, Office } from "./look-up-api";
import { withCommune } from "./place-text";
import { provinceName } from "./provinces";

// One entry of each public list. They share the layout: the name as a heading, a line of what kind
// of place it is, where it is, and the links that act on it (call, e-mail, map).

function Entry({ name, kind, children }: { name: string; kind: string; children: ReactNode }) {
  return (
    <>
      <h3 className="text-xl font-bold">{name}</h3>
      <p className="text-muted">{kind}</p>
      {children}
    </>
  );
}

/** The street address with its commune, then the province. */
function Place({
  address,
  commune = "",
  provinceCode,
}: {
  address: string;
  commune?: string;
  provinceCode: string;
}) {
  const t = useLookUpsT();
  // The commune goes with the address when the address does not end with it already.
  const street = withCommune(address, commune);
  const area = provinceCode ? provinceName(provinceCode) : "";
  return (
    <>
      {street && <p className="mt-2 text-lg">{fill(t("list.address"), { address: street })}</p>}
      {area && <p className="text-lg">{area}</p>}
    </>
  );
}

function Actions({
  name,
  phone = "",
  email = "",
  position,
}: {
  name: string;
  phone?: string;
  email?: string;
  position?: { latitude: number | null; longitude: number | null };
}) {
  const t = useLookUpsT();
  const { latitude, longitude } = position ?? { latitude: null, longitude: null };
  const links = [
    phone && { href: telLink(phone), text: fill(t("list.call"), { phone }) },
    email && { href: `mailto:${email}`, text: email },
    latitude !== null && longitude !== null && { href: mapLink(latitude, longitude), text: t("list.map") },
  ].filter((link): link is { href: string; text: string } => Boolean(link));
  if (links.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-x-6">
      {links.map(({ href, text }) => (
        <li key={href}>
          <a href={href} className="inline-flex min-h-touch items-center text-lg">
            {text}
            {/* Every entry has these links: the name tells them apart when links are read as a list. */}
            <span className="sr-only"> — {name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function OfficeEntry({ office }: { office: Office }) {
  const t = useLookUpsT();
  return (
    <Entry
      name={office.name}
      kind={t(office.level === "province" ? "offices.level.province" : "offices.level.grassroots")}
    >
      <Place address={office.address} provinceCode={office.provinceCode} />
      <Actions name={office.name} phone={office.phone} email={office.email} />
    </Entry>
  );
}

export function EmployerEntry({ employer }: { employer: Employer }) {
  const t = useLookUpsT();
  const codes = [
    employer.taxCode && fill(t("employers.taxCode"), { code: employer.taxCode }),
    fill(t("employers.unitCode"), { code: employer.unitCode }),
  ].filter(Boolean);
  return (
    <Entry name={employer.name} kind={codes.join(" · ")}>
      <Place address={employer.address} provinceCode={employer.provinceCode} />
    </Entry>
  );
}

export function CollectionPointEntry({ point }: { point: CollectionPoint }) {
  const t = useLookUpsT();
  const { locale } = useLocale();
  return (
    <Entry name={point.name} kind={t(point.kind === "agent" ? "points.kind.agent" : "points.kind.point")}>
      {point.distanceKm !== null && (
        <p className="mt-1 text-lg font-bold" data-testid="distance">
          {fill(t("list.distance"), { distance: formatDistance(point.distanceKm, locale) })}
        </p>
      )}
      <Place address={point.address} commune={point.commune} provinceCode={point.provinceCode} />
      <Actions name={point.name} phone={point.phone} position={point} />
    </Entry>
  );
}

export function FacilityEntry({ facility }: { facility: Facility }) {
  const t = useLookUpsT();
  return (
    <Entry
      name={facility.name}
      kind={`${t(`facilities.level.${facility.level}`)} · ${fill(t("facilities.code"), { code: facility.code })}`}
    >
      {facility.issuesSickLeave && (
        <p className="mt-2 inline-block rounded-md border-2 border-success px-2 py-1 font-bold text-success">
          <span aria-hidden="true">✓ </span>
          {t("facilities.sickLeave")}
        </p>
      )}
      <Place address={facility.address} commune={facility.commune} provinceCode={facility.provinceCode} />
    </Entry>
  );
}
