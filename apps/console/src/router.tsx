import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { ConsoleLayout } from "./layout/console-layout";
import { DashboardPage } from "./pages/dashboard-page";
import { LoginPage } from "./pages/login-page";
import { NotFoundPage } from "./pages/not-found-page";
import { paths } from "./paths";
import { hasStaffSession } from "./session";

const rootRoute = createRootRoute({ component: ConsoleLayout, notFoundComponent: NotFoundPage });

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.dashboard,
  beforeLoad: () => {
    if (!hasStaffSession()) throw redirect({ to: paths.login, replace: true });
  },
  component: DashboardPage,
});

const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: paths.login, component: LoginPage });

export const router = createRouter({
  routeTree: rootRoute.addChildren([dashboardRoute, loginRoute]),
  // Matches `base` in vite.config.ts: the API serves this app under /console/.
  basepath: "/console",
});
