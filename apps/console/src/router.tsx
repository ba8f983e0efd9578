import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { ConsoleLayout } from "./layout/console-layout";
import { DashboardPage } from "./pages/dashboard-page";
import { LoginPage } from "./pages/login-page";
import { NotFoundPage } from "./pages/not-found-page";
import { paths } from "./paths";
import { fetchStaffSession } from "./session";

const rootRoute = createRootRoute({ component: ConsoleLayout, notFoundComponent: NotFoundPage });

// The server is asked on every visit: a session can end (idle, signed out in another tab) at any time.
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.dashboard,
  beforeLoad: async () => {
    const staff = await fetchStaffSession();
    if (!staff) throw redirect({ to: paths.login, replace: true });
    return { staff };
  },
  component: function SignedInDashboard() {
    const { staff } = dashboardRoute.useRouteContext();
    return <DashboardPage staff={staff} />;
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
  routeTree: rootRoute.addChildren([dashboardRoute, loginRoute]),
  // Matches `base` in vite.config.ts: the API serves this app under /console/.
  basepath: "/console",
});
