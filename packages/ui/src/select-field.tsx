import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldFrame, type FieldProps, splitField } from "./field-frame";

type NativeSelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "id" | "value" | "onChange" | "aria-describedby" | "aria-invalid" | "className" | "children"
>;

interface SelectFieldProps extends NativeSelectProps, FieldProps {
  /** The <option> elements. */
  children: ReactNode;
}

/** A native drop-down with the label, hint and error of a TextField, so both read the same way. */
export function SelectField({ children, ...props }: SelectFieldProps) {
  const [field, select] = splitField(props);
  return (
    <FieldFrame
      {...field}
      control={(control, border) => (
        <select
          {...control}
          className={`mt-2 min-h-touch w-full rounded-none border-2 bg-white px-2 text-lg ${border}`}
          {...select}
        >
          {children}
        </select>
      )}
    />
  );
}
