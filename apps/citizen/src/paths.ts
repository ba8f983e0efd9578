/**
 * Every route path in one place. Links use these instead of the router's global `Register` typing,
 * because the citizen app and the console are type-checked together and can register only one router.
 */
export const paths = {
  personal: "/",
  profile: "/ca-nhan/thong-tin",
  card: "/ca-nhan/the-bhyt",
  cardImage: "/ca-nhan/the-bhyt/hinh-anh",
  childCard: "/ca-nhan/the-bhyt-cua-con/$bhxhNumber",
  childCardImage: "/ca-nhan/the-bhyt-cua-con/$bhxhNumber/hinh-anh",
  history: "/ca-nhan/qua-trinh-tham-gia",
  benefits: "/ca-nhan/thong-tin-huong",
  visits: "/ca-nhan/so-kham-chua-benh",
  accessLog: "/ca-nhan/ai-da-xem",
  services: "/dich-vu-cong",
  /** The form of a service, drawn from its fields; `?ho-so=<id>` reopens a saved draft. */
  serviceApply: "/dich-vu-cong/nop/$serviceCode",
  serviceCheck: "/dich-vu-cong/nop/$serviceCode/kiem-tra",
  /** One of the person's requests; `?da-gui=1` right after sending shows the confirmation. */
  serviceRequest: "/dich-vu-cong/yeu-cau/$requestId",
  notifications: "/thong-bao",
  lookUp: "/tra-cuu",
  /** Public, like every look-up below: no sign-in needed. */
  lookUpNumber: "/tra-cuu/ma-so-bhxh",
  lookUpHousehold: "/tra-cuu/ho-gia-dinh",
  lookUpOffices: "/tra-cuu/co-quan-bhxh",
  lookUpEmployers: "/tra-cuu/don-vi-tham-gia",
  lookUpCollectionPoints: "/tra-cuu/diem-thu",
  lookUpFacilities: "/tra-cuu/co-so-kham-chua-benh",
  /** Public: checks a printed statement by the token its QR puts in the fragment. */
  verifyStatement: "/xac-minh",
  /** Public: the hotline and the guides; the chat, petitions and e-mail need signing in. */
  help: "/tro-giup",
  helpChat: "/tro-giup/tro-chuyen",
  petitions: "/tro-giup/phan-anh",
  petitionNew: "/tro-giup/phan-anh/gui",
  /** One of the person's petitions; `?da-gui=1` right after sending shows the confirmation. */
  petition: "/tro-giup/phan-anh/$petitionId",
  guides: "/tro-giup/huong-dan",
  guide: "/tro-giup/huong-dan/$slug",
  login: "/dang-nhap",
  forgotPassword: "/quen-mat-khau",
  changePassword: "/doi-mat-khau",
  register: "/dang-ky",
  registerPhotos: "/dang-ky/anh-cccd",
  registerOffice: "/dang-ky/noi-tiep-nhan",
  registerCheck: "/dang-ky/kiem-tra",
  registerSent: "/dang-ky/da-gui",
  childRegister: "/dich-vu-cong/dang-ky-cho-con",
  childRegisterPhotos: "/dich-vu-cong/dang-ky-cho-con/anh",
  childRegisterOffice: "/dich-vu-cong/dang-ky-cho-con/noi-tiep-nhan",
  childRegisterCheck: "/dich-vu-cong/dang-ky-cho-con/kiem-tra",
  childRegisterSent: "/dich-vu-cong/dang-ky-cho-con/da-gui",
} as const;

/** The query parameters of the services pages (and of a petition just sent), in the app's language. */
export const serviceSearchKeys = {
  draft: "ho-so",
  sent: "da-gui",
} as const;
