/**
 * Per-address limits of "Trợ giúp", a minute each: a second layer under the per-person limits
 * (use-cases/help/help-limits.ts), set high because many phones share an address behind a mobile
 * carrier. They stop a script before it reaches a session check or a database.
 */
/** Chat messages sent by citizens. */
export const CHAT_MESSAGES_PER_MINUTE = 120;
/** Petition forms, each with a photo to decode. */
export const PETITIONS_PER_MINUTE = 30;
/** Event streams opened (EventSource reconnects after 3 s when a stream ends). */
export const STREAMS_PER_MINUTE = 60;
