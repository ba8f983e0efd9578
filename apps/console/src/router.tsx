import {
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  useRouterState,
} from "@tanstack/react-router";
import { type ApiResult, type DossierStatus, fetchDossier, fetchDossierQueue } from "./dossiers/dossier-api";
import {
  fetchConversation,
  fetchHelpAgents,
  fetchInbox,
  fetchPetition,
  fetchPetitions,
} from "./help/help-api";
import {
  type InboxSearch,
  inboxFiltersFromSearch,
  type PetitionSearch,
  petitionFiltersFromSearch,
  searchFromInboxFilters,
  searchFromPetitionFilters,
} from "./help/help-search";
import { ConsoleLayout } from "./layout/console-layout";
import { DashboardPage } from "./pages/dashboard-page";
import { DossierPage } from "./pages/dossier-page";
import { DossierQueuePage } from "./pages/dossier-queue-page";
import { HelpConversationPage } from "./pages/help-conversation-page";
import { HelpInboxPage } from "./pages/help-inbox-page";
import { LoginPage } from "./pages/login-page";
import { NotFoundPage } from "./pages/not-found-page";
import { PetitionPage } from "./pages/petition-page";
import { PetitionQueuePage } from "./pages/petition-queue-page";
import { ServiceRequestPage } from "./pages/service-request-page";
import { ServiceRequestQueuePage } from "./pages/service-request-queue-page";
import { SmsPage } from "./pages/sms-page";
import { StaffPage } from "./pages/staff-page";
import { dossierStatusSlugs, paths, smsSearchKeys } from "./paths";
import { filtersFromSearch, type QueueSearch, searchFromFilters } from "./service-requests/queue-search";
import { fetchQueue, fetchRequest } from "./service-requests/requests-api";
import { fetchStaffSession, isHelpAgent, type StaffProfile } from "./session";
import { fetchSmsLog } from "./sms/sms-api";
import { fetchStaffAccounts } from "./staff/staff-api";

const rootRoute = createRootRoute({ component: ConsoleRoot, notFoundComponent: NotFoundPage });

// Every page of signed-in work sits under this pathless route. The server is asked on every visit: a
// session can end (idle, signed out in another tab) at any time.
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "signed-in",
  beforeLoad: async () => {
    const staff = await fetchStaffSession();
    if (!staff) throw redirect({ to: paths.login, replace: true });
    return { staff };
  },
  component: Outlet,
});

/** The header shows the sections only to someone signed in, so it reads the profile of that route. */
function ConsoleRoot() {
  const staff = useRouterState({
    select: (state) => {
      const context: unknown = state.matches.find((match) => match.routeId === signedInRoute.id)?.context;
      const profile: unknown =
        typeof context === "object" && context !== null && Reflect.get(context, "staff");
      return profile ? (profile as StaffProfile) : null;
    },
  });
  return (
    <ConsoleLayout
      signedIn={staff !== null}
      admin={staff?.role === "admin"}
      helpDesk={staff !== null && isHelpAgent(staff)}
    />
  );
}

const dashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.dashboard,
  component: function SignedInDashboard() {
    const { staff } = dashboardRoute.useRouteContext();
    return <DashboardPage staff={staff} />;
  },
});

/** A call that found the session gone sends the browser to the sign-in page, like the guard does. */
function unlessSignedOut<T>(result: ApiResult<T>): ApiResult<T> {
  if (!result.ok && result.kind === "signed-out") throw redirect({ to: paths.login, replace: true });
  return result;
}

function statusFromSlug(slug: unknown): DossierStatus {
  const found = Object.entries(dossierStatusSlugs).find(([, value]) => value === slug);
  return found ? (found[0] as DossierStatus) : "pending";
}

const dossiersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.dossiers,
  validateSearch: (search: Record<string, unknown>): { "trang-thai"?: string } => {
    const status = statusFromSlug(search["trang-thai"]);
    return status === "pending" ? {} : { "trang-thai": dossierStatusSlugs[status] };
  },
  loaderDeps: ({ search }) => ({ status: statusFromSlug(search["trang-thai"]) }),
  loader: async ({ deps }) => ({
    status: deps.status,
    result: unlessSignedOut(await fetchDossierQueue(deps.status)),
  }),
  component: function SignedInDossierQueue() {
    const { status, result } = dossiersRoute.useLoaderData();
    return <DossierQueuePage status={status} result={result} />;
  },
});

const dossierRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.dossier,
  loader: async ({ params }) => unlessSignedOut(await fetchDossier(params.dossierId)),
  component: function SignedInDossier() {
    const result = dossierRoute.useLoaderData();
    return <DossierPage result={result} />;
  },
});

const serviceRequestsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.serviceRequests,
  // Only known filters stay in the address bar, in their one spelling.
  validateSearch: (search: Record<string, unknown>): QueueSearch =>
    searchFromFilters(filtersFromSearch(search)),
  loaderDeps: ({ search }) => ({ filters: filtersFromSearch(search) }),
  loader: async ({ deps }) => ({
    filters: deps.filters,
    result: unlessSignedOut(await fetchQueue(deps.filters)),
  }),
  component: function SignedInServiceRequests() {
    const { filters, result } = serviceRequestsRoute.useLoaderData();
    return <ServiceRequestQueuePage filters={filters} result={result} />;
  },
});

const serviceRequestRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.serviceRequest,
  loader: async ({ params }) => unlessSignedOut(await fetchRequest(params.requestId)),
  component: function SignedInServiceRequest() {
    const result = serviceRequestRoute.useLoaderData();
    const { staff } = serviceRequestRoute.useRouteContext();
    return <ServiceRequestPage result={result} staff={staff} />;
  },
});

/** A search value the address bar may hold: a non-empty string of sane length, or nothing. */
function searchText(value: unknown): string | undefined {
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
  return text !== "" && text.length <= 64 ? text : undefined;
}

const smsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.sms,
  validateSearch: (search: Record<string, unknown>): { "so-dien-thoai"?: string; "vi-tri"?: string } => {
    const phone = searchText(search[smsSearchKeys.phone]);
    const cursor = searchText(search[smsSearchKeys.cursor]);
    return {
      ...(phone ? { [smsSearchKeys.phone]: phone } : {}),
      ...(cursor ? { [smsSearchKeys.cursor]: cursor } : {}),
    };
  },
  loaderDeps: ({ search }) => ({ phone: search["so-dien-thoai"], cursor: search["vi-tri"] }),
  loader: async ({ deps }) => ({ ...deps, result: unlessSignedOut(await fetchSmsLog(deps)) }),
  component: function SignedInSms() {
    const { phone, cursor, result } = smsRoute.useLoaderData();
    // A new filter or page is a new page: the field starts from the address bar again.
    return <SmsPage key={`${phone}|${cursor}`} phone={phone} cursor={cursor} result={result} />;
  },
});

const staffRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.staff,
  loader: async () => unlessSignedOut(await fetchStaffAccounts()),
  component: function SignedInStaff() {
    return <StaffPage result={staffRoute.useLoaderData()} />;
  },
});

const helpInboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.helpInbox,
  // Only known filters stay in the address bar, in their one spelling.
  validateSearch: (search: Record<string, unknown>): InboxSearch =>
    searchFromInboxFilters(inboxFiltersFromSearch(search)),
  loaderDeps: ({ search }) => ({ filters: inboxFiltersFromSearch(search) }),
  loader: async ({ deps }) => ({
    filters: deps.filters,
    result: unlessSignedOut(await fetchInbox(deps.filters)),
  }),
  component: function SignedInHelpInbox() {
    const { filters, result } = helpInboxRoute.useLoaderData();
    return <HelpInboxPage filters={filters} result={result} />;
  },
});

const helpConversationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.helpConversation,
  loader: async ({ params }) => {
    const [result, agents] = await Promise.all([fetchConversation(params.conversationId), fetchHelpAgents()]);
    return { result: unlessSignedOut(result), agents };
  },
  component: function SignedInHelpConversation() {
    const { result, agents } = helpConversationRoute.useLoaderData();
    return <HelpConversationPage result={result} agents={agents} />;
  },
});

const petitionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.petitions,
  validateSearch: (search: Record<string, unknown>): PetitionSearch =>
    searchFromPetitionFilters(petitionFiltersFromSearch(search)),
  loaderDeps: ({ search }) => ({ filters: petitionFiltersFromSearch(search) }),
  loader: async ({ deps }) => ({
    filters: deps.filters,
    result: unlessSignedOut(await fetchPetitions(deps.filters)),
  }),
  component: function SignedInPetitions() {
    const { filters, result } = petitionsRoute.useLoaderData();
    return <PetitionQueuePage filters={filters} result={result} />;
  },
});

const petitionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: paths.petition,
  loader: async ({ params }) => unlessSignedOut(await fetchPetition(params.petitionId)),
  component: function SignedInPetition() {
    return <PetitionPage result={petitionRoute.useLoaderData()} />;
  },
});

// Someone who is already signed in has nothing to do here and goes straight to their dashboard.
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.login,
  beforeLoad: async () => {
    if (await fetchStaffSession()) throw redirect({ to: paths.dashboard, replace: true });
  },
  component: LoginPage,
});

export const router = createRouter({
  routeTree: rootRoute.addChildren([
    signedInRoute.addChildren([
      dashboardRoute,
      dossiersRoute,
      dossierRoute,
      serviceRequestsRoute,
      serviceRequestRoute,
      smsRoute,
      staffRoute,
      helpInboxRoute,
      helpConversationRoute,
      petitionsRoute,
      petitionRoute,
    ]),
    loginRoute,
  ]),
  // Matches `base` in vite.config.ts: the API serves this app under /console/.
  basepath: "/console",
});
