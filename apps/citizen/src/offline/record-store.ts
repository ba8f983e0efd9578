/**
 * The last records each page showed, kept on this phone so that the card and the records still open
 * without a network. One IndexedDB store holds the signed-in person (the "owner") and that person's
 * answers, each under the owner's BHXH number and the API path. Everything is removed on sign-out,
 * when the server says the session has ended, and when another person signs in on this phone.
 *
 * Nothing here ever throws: a browser that refuses storage (private mode, full disk) only loses the
 * offline copy, never the page.
 */

/** Who the records belong to: what GET /api/auth/me says about the signed-in person. */
export interface Owner {
  bhxhNumber: string;
  fullName: string;
}

const databaseName = "ansinh-records";
const storeName = "records";
const ownerKey = "owner";

/** The key of one stored answer: the owner's BHXH number, then the API path with its query. */
export function recordKey(bhxhNumber: string, path: string): string {
  return `${bhxhNumber} ${path}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === "undefined") return Promise.resolve(null);
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(databaseName, 1);
    } catch {
      resolve(null);
      return;
    }
    open.onupgradeneeded = () => open.result.createObjectStore(storeName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
  });
}

/** Runs `work` on the store, and gives `fallback` back if storage is unavailable or fails. */
async function withStore<T>(
  mode: IDBTransactionMode,
  fallback: T,
  work: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await openDatabase();
  if (!db) return fallback;
  try {
    const transaction = db.transaction(storeName, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    // Awaited below; noted here so that a failure while `work` runs is not reported as unhandled.
    done.catch(() => undefined);
    const result = await work(transaction.objectStore(storeName));
    await done;
    return result;
  } catch {
    return fallback;
  } finally {
    db.close();
  }
}

function isOwner(value: unknown): value is Owner {
  if (typeof value !== "object" || value === null) return false;
  return (
    typeof Reflect.get(value, "bhxhNumber") === "string" && typeof Reflect.get(value, "fullName") === "string"
  );
}

/** The person whose records this phone keeps, if any. */
export function storedOwner(): Promise<Owner | null> {
  return withStore("readonly", null, async (store) => {
    const found: unknown = await request(store.get(ownerKey));
    return isOwner(found) ? found : null;
  });
}

/**
 * Notes who is signed in. Another person's records are removed first: one phone keeps one
 * person's records at a time.
 */
export function rememberOwner(owner: Owner): Promise<void> {
  return withStore("readwrite", undefined, async (store) => {
    const found: unknown = await request(store.get(ownerKey));
    if (isOwner(found) && found.bhxhNumber !== owner.bhxhNumber) await request(store.clear());
    await request(store.put({ bhxhNumber: owner.bhxhNumber, fullName: owner.fullName }, ownerKey));
  });
}

/** Keeps the owner's last answer from `path`. */
export function saveRecord(owner: Owner, path: string, body: unknown): Promise<void> {
  return withStore("readwrite", undefined, async (store) => {
    const found: unknown = await request(store.get(ownerKey));
    // Only for the person this phone keeps records of (a sign-out in another tab may have cleared it).
    if (!isOwner(found) || found.bhxhNumber !== owner.bhxhNumber) return;
    await request(store.put(body, recordKey(owner.bhxhNumber, path)));
  });
}

/** The owner's last answer from `path`, or null. */
export function readRecord(owner: Owner, path: string): Promise<unknown> {
  return withStore("readonly", null, async (store) => {
    const found: unknown = await request(store.get(recordKey(owner.bhxhNumber, path)));
    return found ?? null;
  });
}

/** Removes every kept record and the owner: signed out, or the session ended. */
export function forgetRecords(): Promise<void> {
  return withStore("readwrite", undefined, async (store) => {
    await request(store.clear());
  });
}
