import type { ChangeEvent } from "react";
import { buttonClassName } from "./button";
import { FieldNotes, fieldNoteIds } from "./field-notes";

interface PhotoFieldProps {
  /** The file input's id: what an error summary links to. */
  id: string;
  /** Names the photo, e.g. "Mặt trước"; shown as the field's heading. */
  label: string;
  hint?: string;
  /** Already translated; when present the field is marked invalid and the message is read with it. */
  error?: string;
  /** An object URL of the photo chosen so far, or null. */
  previewUrl: string | null;
  previewAlt: string;
  /** The button's words before a photo is chosen, e.g. "Chụp hoặc chọn ảnh mặt trước". */
  chooseLabel: string;
  /** The button's words once a photo is shown, e.g. "Chụp lại hoặc chọn ảnh khác (mặt trước)". */
  retakeLabel: string;
  /** Shown (and announced) while the chosen file is being prepared. */
  busyLabel?: string;
  busy?: boolean;
  /** Opens the rear camera at once on phones (a document to photograph); false offers the gallery too. */
  camera?: boolean;
  onFile: (file: File) => void;
}

// The same yellow-and-black ring as every other control (see styles.css), drawn on the visible button
// while the visually hidden input has the keyboard focus. Exported for the chat's picture button.
export const hiddenInputFocusRing =
  "peer-focus-visible:shadow-[0_0_0_3px_var(--color-focus),0_0_0_6px_var(--color-ink)] peer-focus-visible:outline-3 peer-focus-visible:outline-transparent";

/**
 * One photo to take with the camera or choose from the device: a file input that opens the rear camera
 * on phones (`capture="environment"`) and the file picker elsewhere, a preview of what was chosen, and
 * a retake. The input itself is visually hidden behind a button-like label, which keeps a 44 px target.
 */
export function PhotoField({
  id,
  label,
  hint,
  error,
  previewUrl,
  previewAlt,
  chooseLabel,
  retakeLabel,
  busyLabel,
  busy = false,
  camera = true,
  onFile,
}: PhotoFieldProps) {
  const headingId = `${id}-heading`;
  const { describedBy } = fieldNoteIds(id, hint, error);

  function onChange(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again still counts as a choice.
    event.target.value = "";
    if (file) onFile(file);
  }

  return (
    <div className={`mb-8 ${error ? "border-l-4 border-error pl-3" : ""}`}>
      <h2 id={headingId} className="text-xl font-bold">
        {label}
      </h2>
      <FieldNotes id={id} hint={hint} error={error} />
      {previewUrl && (
        <img
          src={previewUrl}
          alt={previewAlt}
          className="mt-3 max-h-64 w-full rounded-md border-2 border-line bg-white object-contain"
        />
      )}
      <p role="status" className="mt-2 empty:hidden">
        {busy ? busyLabel : ""}
      </p>
      <div className="mt-3">
        <input
          id={id}
          name={id}
          type="file"
          accept="image/*"
          capture={camera ? "environment" : undefined}
          onChange={onChange}
          disabled={busy}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="peer sr-only"
        />
        <label
          htmlFor={id}
          className={`${buttonClassName(previewUrl ? "secondary" : "primary")} w-full cursor-pointer ${hiddenInputFocusRing}`}
        >
          {previewUrl ? retakeLabel : chooseLabel}
        </label>
      </div>
    </div>
  );
}
