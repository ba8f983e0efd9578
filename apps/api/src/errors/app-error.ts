/** A message shown to people: Vietnamese first, English complete. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface FieldProblem extends Bilingual {
  /** Dotted path of the offending field in the request, e.g. "body.phone". */
  field: string;
  code: string;
}

/**
 * The one error type use-cases throw. Its code decides the HTTP status at the edge (problem-details.ts),
 * so business code never deals in status numbers.
 */
export const appErrorStatus = {
  validation: 400,
  unauthenticated: 401,
  /** The session was ended because the account was signed in on another phone. */
  session_replaced: 401,
  forbidden: 403,
  /** Signed in with a temporary password: only the password change is open until it is replaced. */
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly title: Bilingual,
    readonly fields: FieldProblem[] = [],
  ) {
    super(title.en);
  }
}
