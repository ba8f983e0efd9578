/** A message on its way: what the composer sent, and the key that makes each retry of it one message. */
export interface OutgoingMessage {
  clientKey: string;
  body: string;
  image: File | null;
}

/**
 * The message to post for `input`. A retry of the same words and the same picture (after an answer
 * that was lost) keeps the earlier key, so the server stores it once; an edit gets a new key, since the
 * server answers a known key with the message it already has and the edit would be silently dropped.
 * The picture is compared as the file the person chose, before any resizing makes a new one.
 */
export function outgoingMessage(
  previous: OutgoingMessage | null,
  input: { body: string; image: File | null },
  newKey: () => string,
): OutgoingMessage {
  if (previous && previous.body === input.body && previous.image === input.image) return previous;
  return { clientKey: newKey(), body: input.body, image: input.image };
}
