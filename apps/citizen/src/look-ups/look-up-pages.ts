// The public look-ups, loaded when one of them is first opened: their code, their texts and the
// proof-of-work solver are not part of the app shell.
export { HouseholdLookUpPage } from "./household-look-up-page";
export { CollectionPointsPage, EmployersPage, FacilitiesPage, OfficesPage } from "./list-pages";
export { NumberLookUpPage } from "./number-look-up-page";
