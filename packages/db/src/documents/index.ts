export { DocumentNotFoundError, type DocumentStore } from "./document-store";
export { createFileDocumentStore } from "./file-document-store";
