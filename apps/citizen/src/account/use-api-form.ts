import { type CheckedForm, type CheckedFormOptions, useCheckedForm } from "@ansinh/ui";
import type { ApiReply } from "./api-reply";

/**
 * The shared checked form, for requests sent with postJson (often more than one POST of strings):
 * `reply` keeps the API's whole answer, status and per-field problems included, for apiFormSummary,
 * noticeReply and fieldText.
 */
export function useApiForm<Field extends string, ErrorKey extends string>(
  options: CheckedFormOptions<Field, ErrorKey, ApiReply>,
): CheckedForm<Field, ErrorKey, ApiReply> {
  return useCheckedForm(options);
}
