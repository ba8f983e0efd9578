import { type CheckedForm, type Locale, SubmitWithReply, useLocale } from "@ansinh/ui";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { apiFormSummary, noticeReply } from "../account/api-form-summary";
import { type ApiReply, postJson, unavailable } from "../account/api-reply";
import { bindApiField } from "../account/bind-api-field";
import { useApiForm } from "../account/use-api-form";
import { explainRefusal } from "./explain-reply";
import { fill, type LookUpsMessageKey, useLookUpsT } from "./i18n/messages";
import { LookUpFrame } from "./look-up-frame";
import { MaskedPeople, type MaskedPerson } from "./masked-people";
import { type ProofOfWork, useProofOfWork } from "./use-proof-of-work";

type Values<Field extends string> = Record<Field, string>;

interface ProtectedLookUpOptions<Field extends string, Result> {
  url: string;
  /** In page order; each is also the name of its property in the request body. */
  fields: readonly Field[];
  validate: (values: Values<Field>) => Partial<Record<Field, LookUpsMessageKey>>;
  /** The request body (without the proof) made from the checked values. */
  body: (values: Values<Field>) => object;
  /** The answer's result, or null when the answer is not of the expected shape. */
  read: (body: unknown) => Result | null;
}

interface ProtectedLookUp<Field extends string, Result> {
  form: CheckedForm<Field, LookUpsMessageKey, ApiReply>;
  proof: ProofOfWork;
  /** The last answer's result; null before the first and while a look-up is on its way. */
  result: Result | null;
  fields: readonly Field[];
  /** A field's value, change handler and error (the browser's, or else the server's). */
  bind: (field: Field) => {
    id: string;
    name: string;
    value: string;
    error: string | undefined;
    onValueChange: (value: string) => void;
  };
}

/** The server refused the proof of work (missing, expired, already used): a new one may be tried. */
function refusedProof(reply: ApiReply): boolean {
  return (
    reply.kind === "answer" &&
    reply.status === 400 &&
    reply.fields.some((problem) => problem.field === "body.altcha" || problem.code === "proof_of_work")
  );
}

/** POSTs the look-up with a proof of work; a refused proof is replaced by a new one, once. */
async function postWithProof(
  url: string,
  body: object,
  proof: ProofOfWork,
  locale: Locale,
): Promise<ApiReply> {
  let reply: ApiReply = unavailable;
  for (const fresh of [false, true]) {
    const altcha = await proof.take({ fresh });
    if (altcha === null) return unavailable;
    reply = await postJson(url, { ...body, altcha }, locale);
    if (!refusedProof(reply)) return reply;
  }
  return reply;
}

/** A look-up that costs a proof of work (the number and household look-ups): the form and its answer. */
export function useProtectedLookUp<Field extends string, Result>({
  url,
  fields,
  validate,
  body,
  read,
}: ProtectedLookUpOptions<Field, Result>): ProtectedLookUp<Field, Result> {
  const t = useLookUpsT();
  const { locale } = useLocale();
  const proof = useProofOfWork();
  const [result, setResult] = useState<Result | null>(null);
  const form = useApiForm<Field, LookUpsMessageKey>({
    fields,
    validate,
    send: async (values) => {
      setResult(null);
      const reply = await postWithProof(url, body(values), proof, locale);
      const answer = reply.kind === "answer" && reply.ok ? read(reply.body) : null;
      if (answer === null) return explainRefusal(reply.kind === "answer" && reply.ok ? unavailable : reply);
      setResult(answer);
      return null;
    },
  });
  const bind = (field: Field) => bindApiField(form, field, t, locale);
  return { form, proof, result, fields, bind };
}

interface ProtectedLookUpPageProps<Field extends string, Person extends MaskedPerson> {
  title: string;
  lead: string;
  lookUp: ProtectedLookUp<Field, readonly Person[]>;
  /** The form's fields, bound with `lookUp.bind`. */
  children: ReactNode;
  /** "{n} people match": a text with the count in `{n}`. */
  found: LookUpsMessageKey;
  /** The neutral words for nobody found, whatever the reason. */
  none: LookUpsMessageKey;
  /** What the look-up adds under each person. */
  renderDetail: (person: Person) => ReactNode;
}

/**
 * The page of a protected look-up: the form (whose proof of work is solved while it is filled in, from
 * the first focus or keystroke), the server's refusals at their fields, and the people found below.
 */
export function ProtectedLookUpPage<Field extends string, Person extends MaskedPerson>({
  title,
  lead,
  lookUp: { form, proof, result, fields },
  children,
  found,
  none,
  renderDetail,
}: ProtectedLookUpPageProps<Field, Person>) {
  const t = useLookUpsT();
  const { locale } = useLocale();
  const apiFields = Object.fromEntries(fields.map((field) => [`body.${field}`, field]));
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer appears below the form: the reader is taken to it, as to a new page.
  useEffect(() => {
    if (result !== null) heading.current?.focus();
  }, [result]);

  return (
    <LookUpFrame title={title} lead={lead} errorSummary={apiFormSummary(form, t, apiFields, locale)}>
      <form noValidate onSubmit={form.onSubmit} onFocus={proof.prepare} onInput={proof.prepare}>
        {children}
        <p role="status" className="mb-3 text-muted empty:hidden">
          {proof.waiting ? t("lu.checking") : ""}
        </p>
        <SubmitWithReply
          reply={noticeReply(form.reply, apiFields)}
          pending={form.pending}
          label={t("lu.submit")}
          pendingLabel={t("lu.submitting")}
          className="w-full"
        />
      </form>
      {result !== null && (
        <section aria-labelledby="look-up-results" className="mt-8">
          <h2 id="look-up-results" ref={heading} tabIndex={-1} className="text-2xl font-bold">
            {t("lu.resultsHeading")}
          </h2>
          <MaskedPeople
            people={result}
            found={fill(t(found), { n: result.length })}
            none={t(none)}
            renderDetail={renderDetail}
          />
        </section>
      )}
    </LookUpFrame>
  );
}
