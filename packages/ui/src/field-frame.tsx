import type { ReactNode } from "react";
import { FieldNotes, fieldNoteIds } from "./field-notes";
import { useUiT } from "./i18n/ui-messages";

/** The props every control of a field takes, whatever the element (input, select). */
interface ControlProps {
  id: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

/** What a form field is told: which it is, its words, and its value. */
export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Already translated; when present the field is marked invalid and the message is read with it. */
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
}

/** A field's own props apart from the rest, which go to its control element. */
export function splitField<Rest extends object>(
  props: FieldProps & Rest,
): [FieldProps, Omit<FieldProps & Rest, keyof FieldProps>] {
  const { id, label, hint, error, value, onValueChange, ...rest } = props;
  return [{ id, label, hint, error, value, onValueChange }, rest];
}

interface FieldFrameProps extends FieldProps {
  /** The control, given its props and its border colour (red when invalid). */
  control: (props: ControlProps, borderClass: string) => ReactNode;
}

/**
 * What every form field has around its control: the label, the hint and the error under it (tied to
 * the control by aria-describedby), and the red bar of an invalid field.
 */
export function FieldFrame({ id, label, hint, error, value, onValueChange, control }: FieldFrameProps) {
  const t = useUiT();
  const { describedBy } = fieldNoteIds(id, hint, error);
  const props: ControlProps = {
    id,
    value,
    onChange: (event) => onValueChange(event.target.value),
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={t("field.errorPrefix")} />
      {control(props, error ? "border-error" : "border-ink")}
    </div>
  );
}
