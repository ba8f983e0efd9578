import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { FieldFrame, type FieldProps, splitField } from "./field-frame";

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "value" | "onChange" | "aria-describedby" | "aria-invalid" | "className"
>;

export interface TextFieldProps extends NativeInputProps, FieldProps {
  /** Rendered beside the input, e.g. the show/hide button of a password field. */
  suffix?: ReactNode;
  /** For short fixed-length answers such as a 6-digit code: the box's width hints at the expected length. */
  narrow?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ suffix, narrow, inputRef, ...props }: TextFieldProps) {
  const [field, input] = splitField(props);
  return (
    <FieldFrame
      {...field}
      control={(control, border) => (
        <div className="mt-2 flex gap-2">
          <input
            ref={inputRef}
            {...control}
            className={`min-h-touch ${narrow ? "w-[8ch] box-content" : "w-full"} min-w-0 rounded-none border-2 bg-white px-3 text-lg ${border}`}
            {...input}
          />
          {suffix}
        </div>
      )}
    />
  );
}
