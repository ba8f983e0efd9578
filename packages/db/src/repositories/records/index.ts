export {
  type AccessLogEntry,
  listAccessLog,
  logStaffAccesses,
} from "./access-log-entries";
export { type BenefitItem, type BenefitKind, listBenefits } from "./benefits";
export { type CurrentCard, currentCardRead, findCurrentCard, type StoredCardStatus } from "./card";
export {
  listParticipation,
  type ParticipationFilter,
  type ParticipationHistory,
  type ParticipationPeriod,
  type PeriodStatus,
  participationRead,
  type Scheme,
} from "./history";
export { type BindParam, type PersonRead, runPersonRead } from "./person-read";
export {
  findHouseholdRelative,
  findPersonForOffice,
  findPersonProfile,
  type HouseholdMember,
  type HouseholdRelative,
  type PersonProfile,
  personProfileRead,
} from "./profile";
export {
  findOwnVisitReport,
  insertVisitReport,
  listProvinceVisitReports,
  type ProvinceVisitReport,
  type VisitReportStatus,
} from "./visit-reports";
export { type Diagnosis, listVisits, type MedicalVisitItem, visitsRead } from "./visits";
