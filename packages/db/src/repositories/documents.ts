import type { SqlRunner } from "../create-db";
import type { documentKinds } from "../schema/registration";

export type DocumentKind = (typeof documentKinds)[number];

/** The row of a document whose encrypted content is already in the document store under the same id. */
export interface NewDocument {
  id: string;
  personId: string;
  kind: DocumentKind;
  mime: string;
  size: number;
  sha256: string;
}

export async function insertDocument(tx: SqlRunner, doc: NewDocument) {
  await tx.query(
    "INSERT INTO document (id, person_id, kind, mime, size, sha256) VALUES ($1, $2, $3, $4, $5, $6)",
    [doc.id, doc.personId, doc.kind, doc.mime, doc.size, doc.sha256],
  );
}
