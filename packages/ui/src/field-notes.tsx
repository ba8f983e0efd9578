/** The ids of a field's hint and error, and its aria-describedby: the error last, so a screen reader reads the hint first and the problem right before the value. */
export function fieldNoteIds(id: string, hint: string | undefined, error: string | undefined) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy };
}

/** A field's hint and error lines under its label; `errorPrefix` is read (not shown) before the error. */
export function FieldNotes({
  id,
  hint,
  error,
  errorPrefix,
}: {
  id: string;
  hint?: string;
  error?: string;
  errorPrefix?: string;
}) {
  const { hintId, errorId } = fieldNoteIds(id, hint, error);
  return (
    <>
      {hint && (
        <p id={hintId} className="mt-1 text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 font-bold text-error">
          {errorPrefix && <span className="sr-only">{errorPrefix} </span>}
          {error}
        </p>
      )}
    </>
  );
}
