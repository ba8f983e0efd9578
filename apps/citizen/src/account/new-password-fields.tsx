import { PasswordField } from "@ansinh/ui";
import type { ComponentProps } from "react";
import { useT } from "../i18n/messages";

/** A field's value, id and error as the page binds it; the label and autofill are this component's. */
type BoundField = Omit<ComponentProps<typeof PasswordField>, "label" | "autoComplete">;

/**
 * The new password, typed twice so that a slip on a phone keyboard is caught before it locks the person
 * out. `new-password` lets password managers offer a strong one and save it.
 */
export function NewPasswordFields({
  newPassword,
  repeatPassword,
}: {
  newPassword: BoundField;
  repeatPassword: BoundField;
}) {
  const t = useT();
  return (
    <>
      <PasswordField {...newPassword} label={t("changePassword.new.label")} autoComplete="new-password" />
      <PasswordField
        {...repeatPassword}
        label={t("changePassword.repeat.label")}
        autoComplete="new-password"
      />
    </>
  );
}
