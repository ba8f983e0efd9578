import { type FormEvent, useState } from "react";
import type { LoginReply } from "./post-login";

type Values<Field extends string> = Record<Field, string>;

/**
 * `Reply` is what `send` comes back with: postLogin's LoginReply, or a reply that says more (e.g. the
 * citizen app's, with the status and per-field problems) that LoginReplyNotice can still show.
 */
export interface CheckedFormOptions<
  Field extends string,
  ErrorKey extends string,
  Reply extends LoginReply = LoginReply,
> {
  /** In page order: the error summary lists problems in this order. */
  fields: readonly Field[];
  /** Returns a message key per invalid field; keys (not texts) so a language switch re-words them. */
  validate: (values: Values<Field>) => Partial<Record<Field, ErrorKey>>;
  /**
   * Sends the checked values; may take several requests (e.g. a device challenge, then the sign-in).
   * Null: the page has moved on, or shows the outcome itself, and there is no reply to show.
   */
  send: (values: Values<Field>) => Promise<Reply | null>;
}

export interface CheckedForm<
  Field extends string,
  ErrorKey extends string,
  Reply extends LoginReply = LoginReply,
> {
  values: Values<Field>;
  setValue: (field: Field, value: string) => void;
  errors: Partial<Record<Field, ErrorKey>>;
  /** The current errors in page order. */
  fieldErrors: Array<{ field: Field; key: ErrorKey }>;
  failedAttempts: number;
  reply: Reply | null;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/** State of a form that is checked in the browser on each submit and sent only when it passes. */
export function useCheckedForm<
  Field extends string,
  ErrorKey extends string,
  Reply extends LoginReply = LoginReply,
>({
  fields,
  validate,
  send,
}: CheckedFormOptions<Field, ErrorKey, Reply>): CheckedForm<Field, ErrorKey, Reply> {
  const [values, setValues] = useState(() => emptyValues(fields));
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorKey>>>({});
  // Counts failed submits (refused by the browser or by the server); used as the error summary's key
  // so it takes focus again each time.
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [reply, setReply] = useState<Reply | null>(null);
  const [pending, setPending] = useState(false);

  const fieldErrors = fields.flatMap((field) => {
    const key = errors[field];
    return key ? [{ field, key }] : [];
  });

  function setValue(field: Field, value: string): void {
    setValues((current) => ({ ...current, [field]: value }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (pending) return;
    const found = validate(values);
    setErrors(found);
    setReply(null);
    if (Object.keys(found).length > 0) {
      setFailedAttempts((count) => count + 1);
      return;
    }
    setPending(true);
    try {
      const answer = await send(values);
      setReply(answer);
      if (answer?.kind === "answer" && !answer.ok) setFailedAttempts((count) => count + 1);
    } finally {
      setPending(false);
    }
  }

  return { values, setValue, errors, fieldErrors, failedAttempts, reply, pending, onSubmit };
}

function emptyValues<Field extends string>(fields: readonly Field[]): Values<Field> {
  return Object.fromEntries(fields.map((field) => [field, ""])) as Values<Field>;
}
