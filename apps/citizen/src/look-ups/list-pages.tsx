import { useLookUpsT } from "./i18n/messages";
import { CollectionPointEntry, EmployerEntry, FacilityEntry, OfficeEntry } from "./list-items";
import {
  type CollectionPoint,
  type Employer,
  type Facility,
  lookUpApi,
  type Office,
  readCollectionPoint,
  readEmployer,
  readFacility,
  readOffice,
} from "./look-up-api";
import { type Filter, SearchList } from "./search-list";

const officeKey = (office: Office) => office.code;
const employerKey = (employer: Employer) => employer.unitCode;
const pointKey = (point: CollectionPoint) => point.code;
const facilityKey = (facility: Facility) => facility.code;

/** "Cơ quan BHXH": every office, searchable by name or address and by province. */
export function OfficesPage() {
  const t = useLookUpsT();
  return (
    <SearchList
      title={t("offices.title")}
      lead={t("offices.lead")}
      endpoint={lookUpApi.offices}
      search={{ label: "offices.q.label", hint: "offices.q.hint" }}
      read={readOffice}
      itemKey={officeKey}
      renderItem={(office) => <OfficeEntry office={office} />}
    />
  );
}

/** "Đơn vị tham gia": employers by tax code, unit code or name (never whether they owe). */
export function EmployersPage() {
  const t = useLookUpsT();
  return (
    <SearchList
      title={t("employers.title")}
      lead={t("employers.lead")}
      endpoint={lookUpApi.employers}
      search={{
        label: "employers.q.label",
        hint: "employers.q.hint",
        minLength: 2,
        tooShort: "employers.q.short",
      }}
      prompt="employers.prompt"
      read={readEmployer}
      itemKey={employerKey}
      renderItem={(employer) => <EmployerEntry employer={employer} />}
    />
  );
}

const pointFilters: readonly Filter[] = [
  { name: "commune", kind: "text", label: "points.commune.label", hint: "points.commune.hint" },
  {
    name: "kind",
    kind: "select",
    label: "points.kind.label",
    options: [
      { value: "point", label: "points.kind.point" },
      { value: "agent", label: "points.kind.agent" },
    ],
  },
];

/** "Điểm thu, đại lý thu": by province and commune, or the nearest to the person ("Gần tôi"). */
export function CollectionPointsPage() {
  const t = useLookUpsT();
  return (
    <SearchList
      title={t("points.title")}
      lead={t("points.lead")}
      endpoint={lookUpApi.collectionPoints}
      search={{ label: "points.q.label", hint: "points.q.hint" }}
      filters={pointFilters}
      nearMe={{ provinceRequired: "points.province.required" }}
      prompt="points.prompt"
      read={readCollectionPoint}
      itemKey={pointKey}
      renderItem={(point) => <CollectionPointEntry point={point} />}
    />
  );
}

const facilityFilters: readonly Filter[] = [
  {
    name: "level",
    kind: "select",
    label: "facilities.level.label",
    options: [
      { value: "initial", label: "facilities.level.initial" },
      { value: "basic", label: "facilities.level.basic" },
      { value: "specialised", label: "facilities.level.specialised" },
    ],
  },
  { name: "sickLeave", kind: "checkbox", label: "facilities.sickLeave.label" },
];

/** "Cơ sở khám chữa bệnh": by name, level and province; those that issue sick-leave papers marked. */
export function FacilitiesPage() {
  const t = useLookUpsT();
  return (
    <SearchList
      title={t("facilities.title")}
      lead={t("facilities.lead")}
      endpoint={lookUpApi.facilities}
      search={{ label: "facilities.q.label", hint: "facilities.q.hint" }}
      filters={facilityFilters}
      read={readFacility}
      itemKey={facilityKey}
      renderItem={(facility) => <FacilityEntry facility={facility} />}
    />
  );
}
