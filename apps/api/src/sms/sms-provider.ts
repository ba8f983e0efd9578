/**
 * Where SMS leave the platform: a gateway in production, a file in development. Only the outbox
 * worker calls send(), never a request, so a slow or failing gateway costs a retry, not an answer.
 */
export interface SmsProvider {
  send(to: string, text: string): Promise<void>;
}
