import { formatDate, formatMonth, formatVnd } from "@ansinh/domain";
import { Button, type Locale, type ServerText, useLocale } from "@ansinh/ui";
import { type FormEvent, type RefObject, useCallback, useEffect, useId, useRef, useState } from "react";
import { Page } from "../layout/page";
import { fill, useVerifyT } from "./i18n/messages";
import { readToken } from "./read-token";
import { type Verification, type VerifiedStatement, verifyStatement } from "./verify-statement";

type State = { kind: "none" } | { kind: "checking" } | Verification;

const textIn = (text: ServerText, locale: Locale) => (typeof text === "string" ? text : text[locale]);

/**
 * "Xác minh bản xác nhận" (/xac-minh), open to anyone: the QR of a printed statement leads here with
 * the signed token in the fragment (which never reaches a server log); the page asks the API to
 * check it and shows either what the statement vouches for, to compare with the paper, or that it
 * is not valid and why.
 */
export function VerifyPage() {
  const t = useVerifyT();
  const { locale } = useLocale();
  const [state, setState] = useState<State>({ kind: "none" });
  const [token, setToken] = useState(() => readToken(window.location.hash));
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(0);
  // The language only words the request; changing it does not check the token again.
  const localeNow = useRef(locale);
  localeNow.current = locale;

  const check = useCallback(async (value: string) => {
    const call = ++latest.current;
    if (!value) {
      setState({ kind: "none" });
      return;
    }
    setState({ kind: "checking" });
    const result = await verifyStatement(value, localeNow.current);
    // A newer token (a pasted one, another QR) wins over an answer still on its way.
    if (call === latest.current) setState(result);
  }, []);

  useEffect(() => {
    const onHashChange = () => setToken(readToken(window.location.hash));
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  useEffect(() => {
    void check(token);
  }, [check, token]);

  // The answer is what the person came for: the reader is taken to it.
  useEffect(() => {
    if (state.kind === "valid" || state.kind === "invalid" || state.kind === "unreachable") {
      resultHeading.current?.focus();
    }
  }, [state.kind]);

  return (
    <Page title={t("verify.title")} lead={t("verify.lead")}>
      {state.kind === "none" && <p className="rounded-md bg-white p-4 text-lg">{t("verify.noToken")}</p>}
      {state.kind === "checking" && (
        <p role="status" className="text-lg">
          {t("verify.checking")}
        </p>
      )}
      {state.kind === "valid" && <Valid statement={state.statement} headingRef={resultHeading} />}
      {state.kind === "invalid" && (
        <section className="rounded-md border-l-8 border-error bg-white p-4" aria-labelledby="verify-result">
          <h2 id="verify-result" ref={resultHeading} tabIndex={-1} className="text-2xl font-bold text-error">
            {t("verify.invalid.title")}
          </h2>
          {state.reason && <p className="mt-2 text-lg">{textIn(state.reason, locale)}</p>}
          <p className="mt-2 text-lg">{t("verify.invalid.advice")}</p>
        </section>
      )}
      {state.kind === "unreachable" && (
        <section className="rounded-md border-l-8 border-error bg-white p-4" aria-labelledby="verify-result">
          <h2 id="verify-result" ref={resultHeading} tabIndex={-1} className="text-xl font-bold">
            {t("verify.unreachable")}
          </h2>
          <Button variant="secondary" className="mt-4" onClick={() => void check(token)}>
            {t("verify.retry")}
          </Button>
        </section>
      )}
      {state.kind !== "valid" && state.kind !== "checking" && (
        <PasteForm
          onToken={(value) => {
            // The fragment follows, so that the address can be shared and a reload checks it again.
            window.history.replaceState(window.history.state, "", `#${value}`);
            if (value === token) void check(value);
            else setToken(value);
          }}
        />
      )}
    </Page>
  );
}

function Valid({
  statement,
  headingRef,
}: {
  statement: VerifiedStatement;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useVerifyT();
  const { locale } = useLocale();
  const rows: [string, string][] = [
    [t("verify.number"), statement.id],
    [t("verify.issuedOn"), formatDate(statement.issuedOn)],
    [t("verify.fullName"), statement.fullName],
    [t("verify.bhxhNumber"), statement.bhxhNumber],
    [
      t("verify.closedThrough"),
      statement.closedThrough ? formatMonth(statement.closedThrough) : t("verify.notClosed"),
    ],
  ];
  return (
    <>
      <section className="rounded-md border-l-8 border-success bg-white p-4" aria-labelledby="verify-result">
        <h2 id="verify-result" ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-success">
          {t("verify.valid.title")}
        </h2>
        <p className="mt-2 text-lg">{t("verify.valid.text")}</p>
      </section>
      <section className="mt-6" aria-labelledby="verify-statement">
        <h2 id="verify-statement" className="text-xl font-bold">
          {t("verify.statement.heading")}
        </h2>
        <dl className="mt-3 rounded-md bg-white p-4" data-testid="verified-statement">
          {rows.map(([label, value]) => (
            <div key={label} className="border-b border-line/30 py-2 last:border-b-0">
              <dt className="text-muted">{label}</dt>
              <dd className="text-lg font-bold">{value}</dd>
            </div>
          ))}
        </dl>
        {statement.schemes.length === 0 && <p className="mt-4 text-lg">{t("verify.noSchemes")}</p>}
        {statement.schemes.map((scheme) => (
          <section
            key={scheme.scheme}
            className="mt-4 rounded-md bg-white p-4"
            aria-labelledby={`verify-${scheme.scheme}`}
          >
            <h3 id={`verify-${scheme.scheme}`} className="text-lg font-bold">
              {textIn(scheme.name, locale)}
            </h3>
            <dl className="mt-2">
              {(
                [
                  [
                    t("verify.scheme.duration"),
                    fill(t("verify.scheme.durationValue"), {
                      years: scheme.duration.years,
                      months: scheme.duration.months,
                      total: scheme.months,
                    }),
                  ],
                  [t("verify.scheme.employee"), formatVnd(scheme.employeeTotal)],
                  [t("verify.scheme.employer"), formatVnd(scheme.employerTotal)],
                  [t("verify.scheme.unpaid"), String(scheme.unpaidMonths)],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className="flex flex-wrap justify-between gap-x-4 py-1">
                  <dt className="text-muted">{label}</dt>
                  <dd className="font-bold">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </section>
    </>
  );
}

function PasteForm({ onToken }: { onToken: (token: string) => void }) {
  const t = useVerifyT();
  const id = useId();
  const [value, setValue] = useState("");
  const [missing, setMissing] = useState(false);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    const token = readToken(value);
    setMissing(!token);
    if (token) onToken(token);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-8" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {t("verify.paste.heading")}
      </h2>
      <div className={`mt-3 ${missing ? "border-l-4 border-error pl-3" : ""}`}>
        <label htmlFor={`${id}-token`} className="block text-lg font-bold">
          {t("verify.paste.label")}
        </label>
        <p id={`${id}-hint`} className="text-muted">
          {t("verify.paste.hint")}
        </p>
        {missing && (
          <p id={`${id}-error`} className="font-bold text-error">
            {t("verify.paste.required")}
          </p>
        )}
        <textarea
          id={`${id}-token`}
          rows={3}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={missing || undefined}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          className="mt-2 w-full rounded-none border-2 border-ink bg-white p-2 font-mono text-base"
        />
      </div>
      <Button type="submit" className="mt-4">
        {t("verify.paste.submit")}
      </Button>
    </form>
  );
}
