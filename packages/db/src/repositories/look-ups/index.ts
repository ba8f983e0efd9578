export {
  type CollectionPointListItem,
  findCollectionPointsPage,
} from "./collection-points";
export { type EmployerListItem, findEmployersPage } from "./employers";
export { type FacilityLevel, type FacilityListItem, findFacilitiesPage } from "./facilities";
export { LOOK_UP_PAGE_SIZE, type LookUpPage } from "./name-search";
export { findOfficesPage, type OfficeListItem } from "./offices";
export {
  findHouseholdMembers,
  findNumberCandidates,
  type HouseholdListMember,
  type NumberCandidate,
} from "./person-look-ups";
export { spendProofOfWork } from "./proof-of-work";
