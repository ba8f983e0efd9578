/**
 * Route paths inside the router's /console basepath. Links use these instead of the router's global
 * `Register` typing, because the console and the citizen app are type-checked together.
 */
export const paths = {
  dashboard: "/",
  login: "/dang-nhap",
} as const;
