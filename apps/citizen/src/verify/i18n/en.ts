import type { vi } from "./vi";

/** English texts of the statement verification page. */
export const en: Record<keyof typeof vi, string> = {
  "verify.title": "Check a statement",
  "verify.lead":
    "Check a statement of social, health and unemployment insurance participation by the QR code printed on it. No account is needed.",
  "verify.noToken":
    "Scan the QR code at the end of the statement with your phone's camera: this page opens and checks it by itself.",
  "verify.paste.heading": "Cannot scan the code?",
  "verify.paste.label": "Paste the verification code",
  "verify.paste.hint": "The address read from the QR code, or what follows # in it.",
  "verify.paste.required": "Paste the verification code to check it",
  "verify.paste.submit": "Check",
  "verify.checking": "Checking the digital signature…",
  "verify.valid.title": "Valid — issued by Vietnam Social Security",
  "verify.valid.text":
    "The digital signature matches the content. Compare each item below with the paper: if anything differs, the paper has been altered and is worthless.",
  "verify.invalid.title": "Not valid",
  "verify.invalid.advice":
    "Do not rely on this paper. If you need to, ask the nearest social insurance office or call 1900 9068.",
  "verify.unreachable": "Could not check it: the server cannot be reached. Try again when you are online.",
  "verify.retry": "Try again",
  "verify.statement.heading": "What the statement vouches for",
  "verify.number": "Statement number",
  "verify.issuedOn": "Issued on",
  "verify.fullName": "Full name",
  "verify.bhxhNumber": "Social insurance number",
  "verify.closedThrough": "Records closed through",
  "verify.notClosed": "No month closed yet",
  "verify.noSchemes": "The statement records no participation.",
  "verify.scheme.duration": "Time covered",
  "verify.scheme.durationValue": "{years} years {months} months ({total} months)",
  "verify.scheme.employee": "Paid by the worker",
  "verify.scheme.employer": "Paid by the employer",
  "verify.scheme.unpaid": "Months the employer has not paid",
};
