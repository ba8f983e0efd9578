import { expect } from "vitest";

interface InjectedResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): { errors?: unknown };
}

/** One field error of a problem+json 400, in both languages. */
interface FieldError {
  field: string;
  code: string;
  vi: string;
  en: string;
}

/** A 400 whose problem+json lists exactly these field errors, in this order. */
export function expectFieldErrors(res: InjectedResponse, errors: FieldError[]) {
  expect(res.statusCode).toBe(400);
  expect(res.headers["content-type"]).toContain("application/problem+json");
  expect(res.json().errors).toEqual(errors);
}
