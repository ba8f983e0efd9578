/**
 * Route paths inside the router's /console basepath. Links use these instead of the router's global
 * `Register` typing, because the console and the citizen app are type-checked together.
 */
export const paths = {
  dashboard: "/",
  login: "/dang-nhap",
  /** The office's queue of account dossiers ("hồ sơ đăng ký tài khoản"). */
  dossiers: "/ho-so",
  dossier: "/ho-so/$dossierId",
  /** The office's public-service requests ("hồ sơ dịch vụ công"), and one of them. */
  serviceRequests: "/yeu-cau",
  serviceRequest: "/yeu-cau/$requestId",
  /** The SMS sent so far (admins only). */
  sms: "/tin-nhan",
  /** The staff accounts of the admin's office, and a new one (admins only). */
  staff: "/can-bo",
  /** "Hỗ trợ trực tuyến": the office's chats with citizens, and one of them (support and admin). */
  helpInbox: "/ho-tro",
  helpConversation: "/ho-tro/$conversationId",
  /** "Phản ánh, kiến nghị": the petitions citizens sent to the office, and one of them. */
  petitions: "/phan-anh",
  petition: "/phan-anh/$petitionId",
} as const;

/** The queue's filter in the address bar, in the console's language: ?trang-thai=da-duyet. */
export const dossierStatusSlugs = {
  pending: "cho-duyet",
  approved: "da-duyet",
  rejected: "tu-choi",
} as const;

/** The SMS page's filter and position in the address bar: ?so-dien-thoai=0966555777&vi-tri=… */
export const smsSearchKeys = {
  phone: "so-dien-thoai",
  cursor: "vi-tri",
} as const;

/** The public-service queue's filters in the address bar: ?trang-thai=dang-xu-ly&giao=toi&qua-han=co */
export const requestSearchKeys = {
  status: "trang-thai",
  service: "dich-vu",
  assigned: "giao",
  overdue: "qua-han",
  page: "trang",
} as const;

export const requestStatusSlugs = {
  submitted: "moi-gui",
  received: "da-tiep-nhan",
  processing: "dang-xu-ly",
  needs_info: "cho-bo-sung",
  completed: "hoan-thanh",
  rejected: "tu-choi",
} as const;

export const assignedSlugs = {
  me: "toi",
  none: "chua-giao",
} as const;

/** The chat inbox's filters in the address bar: ?trang-thai=da-dong&giao=toi&trang=2 */
export const inboxSearchKeys = {
  status: "trang-thai",
  assigned: "giao",
  page: "trang",
} as const;

/** Open chats are the inbox's default, so only "closed" is spelt out. */
export const conversationStatusSlugs = {
  open: "dang-mo",
  closed: "da-dong",
} as const;

/** The petitions' filters in the address bar: ?trang-thai=dang-xu-ly&trang=2 */
export const petitionSearchKeys = {
  status: "trang-thai",
  page: "trang",
} as const;

export const petitionStatusSlugs = {
  received: "moi-nhan",
  processing: "dang-xu-ly",
  answered: "da-tra-loi",
} as const;
