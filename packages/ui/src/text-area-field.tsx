import type { TextareaHTMLAttributes } from "react";
import { FieldFrame, type FieldProps, splitField } from "./field-frame";

type NativeTextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "value" | "onChange" | "aria-describedby" | "aria-invalid" | "className"
>;

interface TextAreaFieldProps extends NativeTextAreaProps, FieldProps {}

/** A multi-line answer (an explanation, an address) with the label, hint and error of a TextField. */
export function TextAreaField({ rows = 4, ...props }: TextAreaFieldProps) {
  const [field, textarea] = splitField(props);
  return (
    <FieldFrame
      {...field}
      control={(control, border) => (
        <textarea
          {...control}
          rows={rows}
          className={`mt-2 block w-full rounded-none border-2 bg-white px-3 py-2 text-lg ${border}`}
          {...textarea}
        />
      )}
    />
  );
}
