import type { Locale } from "@ansinh/ui";
import { type ApiReply, postJson, stringIn, unavailable } from "../account/api-reply";
import { asMe, type Me } from "../account/session";
import { type DeviceProblem, DeviceUnsupportedError, proveDevice } from "../device/device-key";

type SignInOutcome =
  /** Signed in: this phone is (now, or already) the account's phone. */
  | { kind: "signedIn"; me: Me }
  /** Right password, but the account is in use on another phone: moving it needs a code by SMS. */
  | { kind: "otherDevice"; ticket: string; phoneMasked: string }
  /** This browser cannot hold a device key, so it cannot be the account's phone. */
  | { kind: "deviceUnsupported"; problem: DeviceProblem }
  /** Refused (wrong password, locked, too many tries) or unavailable: the reply says why. */
  | { kind: "refused"; reply: ApiReply };

/**
 * Signs in from this phone: asks for a single-use challenge, signs it with the phone's device key,
 * and sends it with the password. The key never leaves the phone; the server keeps its public half.
 */
export async function signInWithDevice(
  credentials: { identifier: string; password: string },
  locale: Locale,
): Promise<SignInOutcome> {
  const challenge = await postJson("/api/auth/device-challenge", {}, locale);
  if (challenge.kind !== "answer" || !challenge.ok) return { kind: "refused", reply: challenge };
  const nonce = stringIn(challenge.body, "nonce");
  if (!nonce) return { kind: "refused", reply: unavailable };

  let device: Awaited<ReturnType<typeof proveDevice>>;
  try {
    device = await proveDevice(nonce);
  } catch (error) {
    if (error instanceof DeviceUnsupportedError) return { kind: "deviceUnsupported", problem: error.problem };
    throw error;
  }

  const reply = await postJson("/api/auth/login", { ...credentials, device }, locale);
  if (reply.kind === "answer" && reply.status === 202) {
    const ticket = stringIn(reply.body, "ticket");
    const phoneMasked = stringIn(reply.body, "phoneMasked");
    if (ticket && phoneMasked) return { kind: "otherDevice", ticket, phoneMasked };
    return { kind: "refused", reply: unavailable };
  }
  if (reply.kind === "answer" && reply.ok) {
    const me = asMe(reply.body);
    return me ? { kind: "signedIn", me } : { kind: "refused", reply: unavailable };
  }
  return { kind: "refused", reply };
}
