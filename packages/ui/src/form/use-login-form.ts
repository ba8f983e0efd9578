import { useLocale } from "../i18n/locale-context";
import { postLogin } from "./post-login";
import { type CheckedForm, type CheckedFormOptions, useCheckedForm } from "./use-checked-form";

interface LoginFormOptions<Field extends string, ErrorKey extends string>
  extends Omit<CheckedFormOptions<Field, ErrorKey>, "send"> {
  /** The sign-in endpoint the checked values are posted to. */
  url: string;
  /** The request body, made from the values as typed (e.g. with the spaces taken out of a number). */
  credentials: (values: Record<Field, string>) => Record<string, string>;
  /** Called with the reply's body once the server has signed the person in, e.g. to open their page. */
  onSignedIn?: (body: unknown) => void | Promise<void>;
}

/** A sign-in form: checked in the browser, then posted with the language the person is reading in. */
export function useLoginForm<Field extends string, ErrorKey extends string>({
  url,
  credentials,
  onSignedIn,
  ...checked
}: LoginFormOptions<Field, ErrorKey>): CheckedForm<Field, ErrorKey> {
  const { locale } = useLocale();
  return useCheckedForm({
    ...checked,
    send: async (values) => {
      const reply = await postLogin(url, credentials(values), locale);
      if (reply.kind === "answer" && reply.ok) await onSignedIn?.(reply.body);
      return reply;
    },
  });
}
