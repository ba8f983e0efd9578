import type { ButtonHTMLAttributes } from "react";

type ButtonVariant = "primary" | "secondary";

const variantClasses: Record<ButtonVariant, string> = {
  primary: "bg-action text-white shadow-[0_2px_0_var(--color-action-dark)] hover:bg-action-dark",
  secondary: "bg-white text-ink border-2 border-ink hover:bg-surface",
};

/** Exported so that router links that act as calls to action look exactly like buttons. */
export function buttonClassName(variant: ButtonVariant = "primary"): string {
  return `inline-flex min-h-touch items-center justify-center gap-2 rounded-md px-5 py-2 text-lg font-bold no-underline disabled:cursor-progress disabled:opacity-70 ${variantClasses[variant]}`;
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

export function Button({ variant, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${buttonClassName(variant)} ${className ?? ""}`} {...props} />;
}
