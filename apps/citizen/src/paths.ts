/**
 * Every route path in one place. Links use these instead of the router's global `Register` typing,
 * because the citizen app and the console are type-checked together and can register only one router.
 */
export const paths = {
  personal: "/",
  services: "/dich-vu-cong",
  lookUp: "/tra-cuu",
  help: "/tro-giup",
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
