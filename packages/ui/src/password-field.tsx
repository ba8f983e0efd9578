import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import { useUiT } from "./i18n/ui-messages";
import { TextField, type TextFieldProps } from "./text-field";

type PasswordFieldProps = Omit<TextFieldProps, "type" | "suffix" | "inputRef">;

/** A password input with a show/hide button, so people can check what they typed on a small keyboard. */
export function PasswordField(props: PasswordFieldProps) {
  const t = useUiT();
  const [visible, setVisible] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Hide the password again when the form is sent, as GOV.UK does: browsers may keep what was typed
  // in a plain text field in their autofill history.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hide = () => setVisible(false);
    form.addEventListener("submit", hide);
    return () => form.removeEventListener("submit", hide);
  }, []);

  return (
    <TextField
      {...props}
      inputRef={input}
      type={visible ? "text" : "password"}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      suffix={
        <Button
          variant="secondary"
          className="shrink-0 px-4"
          aria-controls={props.id}
          aria-label={visible ? t("password.hideLabel") : t("password.showLabel")}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? t("password.hide") : t("password.show")}
        </Button>
      }
    />
  );
}
