import type { DocumentKind } from "@ansinh/db";
import type { Bilingual, FieldProblem } from "../../errors/app-error";
import { sanitizeImage } from "../../uploads/sanitize-image";
import { UploadRejected } from "../../uploads/upload-rejected";

/** One photo a dossier form asks for: its form field, the document it becomes, and what to say if missing. */
export interface PhotoSpec<File extends string> {
  field: File;
  kind: DocumentKind;
  missing: Bilingual;
}

/** A sanitised photo, ready to be stored as a document of its kind. */
export interface DossierPhoto {
  kind: DocumentKind;
  image: Buffer;
}

type Photos = { ok: true; photos: DossierPhoto[]; problems: [] } | { ok: false; problems: FieldProblem[] };

/**
 * Every photo is decoded and re-encoded (see sanitizeImage), in parallel; every refusal is reported on
 * its own field, in the order the form asks for the photos.
 */
export async function sanitizePhotos<File extends string>(
  files: Partial<Record<File, Buffer>>,
  specs: readonly PhotoSpec<File>[],
): Promise<Photos> {
  const results = await Promise.all(specs.map((spec) => sanitizePhoto(files[spec.field], spec)));
  const problems = results.filter((result): result is FieldProblem => !(result instanceof Buffer));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    photos: specs.map((spec, i) => ({ kind: spec.kind, image: results[i] as Buffer })),
    problems: [],
  };
}

async function sanitizePhoto<File extends string>(
  upload: Buffer | undefined,
  spec: PhotoSpec<File>,
): Promise<Buffer | FieldProblem> {
  if (!upload || upload.length === 0)
    return { field: `body.${spec.field}`, code: "required", ...spec.missing };
  try {
    return (await sanitizeImage(upload)).data;
  } catch (error) {
    if (!(error instanceof UploadRejected)) throw error;
    return { field: `body.${spec.field}`, code: error.code, ...error.detail };
  }
}
