import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { AppLayout } from "./layout/app-layout";
import { ChangePasswordPage } from "./pages/change-password-page";
import { ForgotPasswordPage } from "./pages/forgot-password-page";
import { HelpPage } from "./pages/help-page";
import { LoginPage } from "./pages/login-page";
import { LookUpPage } from "./pages/look-up-page";
import { NotFoundPage } from "./pages/not-found-page";
import { PersonalPage } from "./pages/personal-page";
import { ServicesPage } from "./pages/services-page";
import { paths } from "./paths";

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

// The registration journey is used once per person: its steps (one chunk) load when it is opened.
const registrationSteps = () => import("./registration/registration-steps");
const childRegistrationSteps = () => import("./child-registration/child-registration-steps");
// The personal records load when one is first opened; the card's image, with its QR encoder, apart.
const recordsPages = () => import("./records/records-pages");
const cardImagePages = () => import("./records/card-image-page");
// The public look-ups: one chunk with their texts and the proof-of-work solver.
const lookUpPages = () => import("./look-ups/look-up-pages");
// The public services' forms, requests and notifications: one chunk, with the domain's answer schemas.
const servicesPages = () => import("./services/services-pages");
// "Trợ giúp" beyond its hub: the chat, petitions and guides (with their Markdown renderer), one chunk.
const helpPages = () => import("./help/help-pages");
// Opened from a statement's QR, mostly by someone without an account: a chunk of its own.
const verifyPage = () => import("./verify/verify-page");

const pageRoutes = [
  { path: paths.personal, component: PersonalPage },
  { path: paths.profile, component: lazyRouteComponent(recordsPages, "ProfilePage") },
  { path: paths.card, component: lazyRouteComponent(recordsPages, "CardPage") },
  { path: paths.cardImage, component: lazyRouteComponent(cardImagePages, "CardImagePage") },
  { path: paths.childCard, component: lazyRouteComponent(recordsPages, "ChildCardPage") },
  { path: paths.childCardImage, component: lazyRouteComponent(cardImagePages, "ChildCardImagePage") },
  { path: paths.history, component: lazyRouteComponent(recordsPages, "HistoryPage") },
  { path: paths.benefits, component: lazyRouteComponent(recordsPages, "BenefitsPage") },
  { path: paths.visits, component: lazyRouteComponent(recordsPages, "VisitsPage") },
  { path: paths.accessLog, component: lazyRouteComponent(recordsPages, "AccessLogPage") },
  { path: paths.services, component: ServicesPage },
  { path: paths.serviceApply, component: lazyRouteComponent(servicesPages, "ApplyPage") },
  { path: paths.serviceCheck, component: lazyRouteComponent(servicesPages, "CheckPage") },
  { path: paths.serviceRequest, component: lazyRouteComponent(servicesPages, "RequestPage") },
  { path: paths.notifications, component: lazyRouteComponent(servicesPages, "NotificationsPage") },
  { path: paths.lookUp, component: LookUpPage },
  ...(
    [
      [paths.lookUpNumber, "NumberLookUpPage"],
      [paths.lookUpHousehold, "HouseholdLookUpPage"],
      [paths.lookUpOffices, "OfficesPage"],
      [paths.lookUpEmployers, "EmployersPage"],
      [paths.lookUpCollectionPoints, "CollectionPointsPage"],
      [paths.lookUpFacilities, "FacilitiesPage"],
    ] as const
  ).map(([path, page]) => ({ path, component: lazyRouteComponent(lookUpPages, page) })),
  { path: paths.verifyStatement, component: lazyRouteComponent(verifyPage, "VerifyPage") },
  { path: paths.help, component: HelpPage },
  ...(
    [
      [paths.helpChat, "ChatPage"],
      [paths.petitions, "PetitionsPage"],
      [paths.petitionNew, "PetitionFormPage"],
      [paths.petition, "PetitionPage"],
      [paths.guides, "GuidesPage"],
      [paths.guide, "GuidePage"],
    ] as const
  ).map(([path, page]) => ({ path, component: lazyRouteComponent(helpPages, page) })),
  { path: paths.login, component: LoginPage },
  { path: paths.forgotPassword, component: ForgotPasswordPage },
  { path: paths.changePassword, component: ChangePasswordPage },
  { path: paths.register, component: lazyRouteComponent(registrationSteps, "DetailsStep") },
  { path: paths.registerPhotos, component: lazyRouteComponent(registrationSteps, "PhotosStep") },
  { path: paths.registerOffice, component: lazyRouteComponent(registrationSteps, "OfficeStep") },
  { path: paths.registerCheck, component: lazyRouteComponent(registrationSteps, "CheckStep") },
  { path: paths.registerSent, component: lazyRouteComponent(registrationSteps, "SentStep") },
  { path: paths.childRegister, component: lazyRouteComponent(childRegistrationSteps, "ChildDetailsStep") },
  {
    path: paths.childRegisterPhotos,
    component: lazyRouteComponent(childRegistrationSteps, "ChildPhotosStep"),
  },
  {
    path: paths.childRegisterOffice,
    component: lazyRouteComponent(childRegistrationSteps, "ChildOfficeStep"),
  },
  { path: paths.childRegisterCheck, component: lazyRouteComponent(childRegistrationSteps, "ChildCheckStep") },
  { path: paths.childRegisterSent, component: lazyRouteComponent(childRegistrationSteps, "ChildSentStep") },
].map(({ path, component }) => createRoute({ getParentRoute: () => rootRoute, path, component }));

export const router = createRouter({
  routeTree: rootRoute.addChildren(pageRoutes),
  scrollRestoration: true,
});
