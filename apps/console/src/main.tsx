import "./styles.css";
import { AppProviders, rootElement } from "@ansinh/ui";
import { RouterProvider } from "@tanstack/react-router";
import { createRoot } from "react-dom/client";
import { router } from "./router";

createRoot(rootElement()).render(
  <AppProviders>
    <RouterProvider router={router} />
  </AppProviders>,
);
