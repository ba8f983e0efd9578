/**
 * Per-IP limits of the public account endpoints, a minute each. Mobile carriers put many phones
 * behind one address (carrier-grade NAT), so these are set to stop scripts, not people: the real
 * protection of an account is per account and per phone (lockout after 5 wrong passwords, 5 OTP tries,
 * 5 codes an hour).
 */
/** Sign-in and its device challenge (one each per attempt). */
export const SIGN_INS_PER_MINUTE = 120;
/** Sending, resending and checking codes; starting and finishing a password reset. */
export const CODES_PER_MINUTE = 30;
/** Registration forms, each with two photos to decode. */
export const FORMS_PER_MINUTE = 20;
