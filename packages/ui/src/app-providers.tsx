import { type ReactNode, StrictMode } from "react";
import { LocaleProvider } from "./i18n/locale-context";

/** What every AnSinh app renders its router inside. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <LocaleProvider>{children}</LocaleProvider>
    </StrictMode>
  );
}
