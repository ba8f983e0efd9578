import type { SmsProvider } from "./sms-provider";

interface HttpSmsGateway {
  url: string;
  token: string;
  /** How long to wait for the gateway's answer; a message that times out is retried later. */
  timeoutMs?: number;
}

/** Production: POSTs {to, text} as JSON to an SMS gateway with a bearer token; any non-2xx is an error. */
export function createHttpSmsProvider({ url, token, timeoutMs = 10_000 }: HttpSmsGateway): SmsProvider {
  return {
    send: async (to, text) => {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ to, text }),
          signal,
        });
        // The answer's body is not needed; reading it to the end frees the connection for reuse.
        await response.arrayBuffer();
        if (!response.ok) {
          throw new Error(`SMS gateway answered ${response.status} ${response.statusText}`.trimEnd());
        }
      } catch (error) {
        // These messages end up in outbox.last_error: say what happened, not "fetch failed".
        if (signal.aborted) throw new Error(`SMS gateway did not answer within ${timeoutMs} ms`);
        if (error instanceof TypeError && error.cause instanceof Error) {
          throw new Error(`SMS gateway could not be reached: ${error.cause.message}`);
        }
        throw error;
      }
    },
  };
}
