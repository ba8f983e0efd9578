import { TextField } from "@ansinh/ui";
import type { ComponentProps } from "react";
import { useT } from "../i18n/messages";

type BoundField = Omit<ComponentProps<typeof TextField>, "label" | "hint">;

/**
 * The BHXH or CCCD number an account is found by, asked the same way wherever a person names their
 * account (signing in, a forgotten password), so password managers fill it in as the username.
 */
export function IdentifierField(props: BoundField) {
  const t = useT();
  return (
    <TextField
      {...props}
      label={t("login.identifier.label")}
      hint={t("login.identifier.hint")}
      inputMode="numeric"
      autoComplete="username"
      spellCheck={false}
    />
  );
}
