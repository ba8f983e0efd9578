import { randomUUID } from "node:crypto";
import { uuidv7 } from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import type { TestApp } from "./build-test-app";
import { signedInStaff } from "./dossier-fixture";
import { createBareCitizen } from "./records-fixture";
import { multipart } from "./registration-fixture";

/**
 * Chats for the route tests, driven through the API as the citizen app and the console drive it.
 * Citizens are of Hồ Chí Minh City, so their office is BHXH-79.
 */
export const citizenOfHcmc = createBareCitizen;

/** A staff member of an office (Hồ Chí Minh City by default), support agent unless told, signed in. */
export function helpStaff(t: TestApp, role: StaffRole = "support", officeCode = "BHXH-79") {
  return signedInStaff(t, `ht.${role}.${uuidv7().slice(-8)}`, {
    role,
    officeCode,
    fullName: "Lê Thị Hỗ Trợ",
  });
}

type Fields = Record<string, string | Buffer | undefined>;

const withCookie = (cookie: string | undefined, headers: Record<string, string> = {}) =>
  cookie ? { ...headers, cookie } : headers;

/** Sends a chat message form (a fresh client key unless given) as the citizen. */
export async function postCitizenMessage(t: TestApp, cookie: string | undefined, fields: Fields) {
  const { payload, headers } = await multipart({ clientKey: randomUUID(), ...fields });
  return t.app.inject({
    method: "POST",
    url: "/api/help/chat/messages",
    payload,
    headers: withCookie(cookie, headers),
  });
}

/** Sends a chat message form as staff, into a conversation. */
export async function postStaffMessage(t: TestApp, cookie: string | undefined, id: string, fields: Fields) {
  const { payload, headers } = await multipart({ clientKey: randomUUID(), ...fields });
  return t.app.inject({
    method: "POST",
    url: `/api/staff/help/chat/${id}/messages`,
    payload,
    headers: withCookie(cookie, headers),
  });
}

export function call(t: TestApp, method: "GET" | "POST", url: string, cookie?: string, payload?: object) {
  return t.app.inject({ method, url, headers: withCookie(cookie), ...(payload ? { payload } : {}) });
}

/** A signed-in citizen with an open conversation (one message sent). */
export async function citizenWithChat(t: TestApp, body = "Tôi cần hỏi về sổ BHXH") {
  const { citizen, cookie } = await createBareCitizen(t);
  const res = await postCitizenMessage(t, cookie, { body });
  if (res.statusCode !== 201) throw new Error(`chat failed: ${res.statusCode} ${res.body}`);
  const conversation = res.json().conversation as { id: string; number: string; ticket: boolean };
  return { citizen, cookie, conversation };
}

/** Marks the staff member online as their open inbox stream would. */
export async function markOnline(t: TestApp, staffId: string, officeCode = "BHXH-79") {
  await t.db.query(
    `INSERT INTO staff_presence (staff_id, office_code, seen_at) VALUES ($1, $2, now())
     ON CONFLICT (staff_id) DO UPDATE SET seen_at = now()`,
    [staffId, officeCode],
  );
}

/** What a refused request must leave untouched. */
export async function chatCounts(t: TestApp) {
  const [row] = await t.db.query<{
    conversations: number;
    messages: number;
    documents: number;
    outbox: number;
  }>(
    `SELECT (SELECT count(*)::int FROM help_conversation) AS conversations,
            (SELECT count(*)::int FROM help_message) AS messages,
            (SELECT count(*)::int FROM document) AS documents,
            (SELECT count(*)::int FROM outbox) AS outbox`,
  );
  return row;
}

/** Reads an event stream over a real socket until `until` matches what has arrived, or times out. */
export async function openStream(url: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { cookie }, signal: controller.signal });
  const reader = res.body?.getReader();
  if (!reader) throw new Error("no stream body");
  let text = "";
  let ended = false;
  const decoder = new TextDecoder();
  // One read at a time: a read still pending when a wait timed out is the next wait's to finish.
  let pending: ReturnType<typeof reader.read> | undefined;
  /** Reads on until `done()` holds; false when `timeoutMs` passed first. */
  const readUntil = async (done: () => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      pending ??= reader.read();
      const chunk = await Promise.race([
        pending,
        new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), left)),
      ]);
      if (chunk === "timeout") continue;
      pending = undefined;
      if (chunk.done) ended = true;
      else text += decoder.decode(chunk.value, { stream: true });
    }
    return true;
  };
  return {
    res,
    /** Waits until the stream's text so far contains `expected`. */
    async waitFor(expected: string, timeoutMs = 10_000): Promise<string> {
      await readUntil(() => text.includes(expected) || ended, timeoutMs);
      if (text.includes(expected)) return text;
      throw new Error(`stream ${ended ? "ended" : `did not send ${expected}`}; got ${JSON.stringify(text)}`);
    },
    /** Whether the server ended the stream within `timeoutMs`. */
    ends: (timeoutMs = 10_000) => readUntil(() => ended, timeoutMs),
    close: () => controller.abort(),
  };
}
