/**
 * Where uploaded documents (ID-card photos, birth certificates, portraits, later chat and petition
 * attachments) are kept, encrypted. Storage only: which document belongs to which dossier, and who may
 * see it, is the business of the tables and use-cases that refer to a document by its id. Kept small so
 * that an S3-compatible store can stand beside the filesystem one.
 */
export interface DocumentOwner {
  personId: string;
}

export interface StoredDocument {
  id: string;
  /** SHA-256 of the plain content, hex: to check integrity end to end and to spot the same file twice. */
  sha256: string;
  /** Size of the plain content in bytes. */
  size: number;
}

export interface DocumentContent {
  data: Buffer;
  mime: string;
  /** Sealed into the document: a caller can check that the row that led it here names the same person. */
  owner: DocumentOwner;
}

export interface DocumentStore {
  put(owner: DocumentOwner, data: Buffer, mime: string): Promise<StoredDocument>;
  /** Throws DocumentNotFoundError for an unknown id, and an Error if the stored bytes were altered. */
  get(id: string): Promise<DocumentContent>;
  /** Deleting a document that is already gone is not an error, so an erasure can simply be retried. */
  delete(id: string): Promise<void>;
}

export class DocumentNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No document ${id}`);
  }
}
