import {
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { Button, buttonClassName } from "../button";
import { useUiT } from "../i18n/ui-messages";
import { hiddenInputFocusRing } from "../photo-field";
import { useSendOnce } from "../use-send-once";

export interface ChatThreadMessage {
  id: string;
  /** Written by whoever is looking: shown on the right, like every messaging app. */
  mine: boolean;
  /** Who wrote it, already translated, e.g. "Bạn" or "Cán bộ Nguyễn Văn A". */
  authorLabel: string;
  body: string | null;
  imageUrl: string | null;
  createdAt: string;
}

interface ChatThreadProps {
  messages: ChatThreadMessage[];
  /** The log's accessible name, e.g. "Cuộc trò chuyện". */
  label: string;
  emptyText: string;
  imageAlt: string;
  formatTime: (iso: string) => string;
}

/** The messages as a role="log" list (aria-live polite), own messages on the right; images as <img> with alt. */
export function ChatThread({ messages, label, emptyText, imageAlt, formatTime }: ChatThreadProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const lastId = messages.at(-1)?.id;

  // A new message (either way) brings the newest into view, as people expect of a chat.
  useEffect(() => {
    const element = scroller.current;
    if (element && lastId) element.scrollTop = element.scrollHeight;
  }, [lastId]);

  // A picture that finishes loading after the scroll above would push the newest message out of view.
  function keepBottomInView(): void {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }

  return (
    <div
      ref={scroller}
      role="log"
      aria-live="polite"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls on its own, so it takes the keyboard focus for arrow keys to scroll it.
      tabIndex={0}
      className="max-h-[60vh] min-h-40 overflow-y-auto rounded-md border-2 border-line bg-surface p-3"
    >
      {messages.length === 0 ? (
        <p className="text-muted">{emptyText}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {messages.map((message) => (
            <li
              key={message.id}
              className={`max-w-[85%] rounded-lg px-3 py-2 ${
                message.mine
                  ? "ml-auto bg-brand text-white"
                  : "mr-auto border-2 border-line bg-white text-ink"
              }`}
            >
              <p className="text-sm font-bold">{message.authorLabel}</p>
              {message.body && <p className="whitespace-pre-wrap break-words text-lg">{message.body}</p>}
              {message.imageUrl && (
                <a href={message.imageUrl} target="_blank" rel="noopener" className="mt-2 block">
                  <img
                    src={message.imageUrl}
                    alt={imageAlt}
                    loading="lazy"
                    onLoad={keepBottomInView}
                    className="max-h-64 rounded-md bg-white object-contain"
                  />
                </a>
              )}
              <p className={`mt-1 text-sm ${message.mine ? "text-white" : "text-muted"}`}>
                <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

interface ChatComposerProps {
  value: string;
  onValueChange: (text: string) => void;
  /**
   * Resolves once the message is sent: the composer then empties its text and picture. Throwing keeps
   * both, so nothing written is lost; the caller shows why it failed.
   */
  onSend: (input: { body: string; image: File | null }) => Promise<void>;
  disabled?: boolean;
  labels: { message: string; image: string; send: string; sending: string };
}

/** A labelled textarea + optional picture input + send button; controlled text so a canned reply can be put in. */
export function ChatComposer({ value, onValueChange, onSend, disabled = false, labels }: ChatComposerProps) {
  const t = useUiT();
  const id = useId();
  const messageId = `${id}-message`;
  const imageId = `${id}-image`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [image, setImage] = useState<File | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const { sending, sendOnce } = useSendOnce();

  // The preview's object URL lives exactly as long as the chosen picture.
  useEffect(() => {
    if (!image) return;
    const url = URL.createObjectURL(image);
    setPreviewUrl(url);
    return () => {
      URL.revokeObjectURL(url);
      setPreviewUrl(null);
    };
  }, [image]);

  function chooseImage(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again still counts as a choice.
    event.target.value = "";
    if (file) setImage(file);
  }

  function removeImage(): void {
    setImage(null);
    textarea.current?.focus();
  }

  async function send(): Promise<void> {
    const body = value.trim();
    if (body === "" && !image) {
      // Nothing to send: put the cursor where the message goes rather than send an empty one.
      textarea.current?.focus();
      return;
    }
    await sendOnce(async () => {
      try {
        await onSend({ body, image });
      } catch {
        return;
      }
      onValueChange("");
      setImage(null);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void send();
  }

  // Enter makes a new line (phones have no other way to); Ctrl/⌘ + Enter sends from a keyboard.
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  }

  const busy = disabled || sending;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      <label htmlFor={messageId} className="block text-lg font-bold">
        {labels.message}
      </label>
      <textarea
        ref={textarea}
        id={messageId}
        name="body"
        rows={3}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        onKeyDown={onKeyDown}
        disabled={disabled}
        className="mt-2 block w-full rounded-none border-2 border-ink bg-white px-3 py-2 text-lg"
      />
      {/* Choosing a picture happens in the system's picker, away from the page: say that it took. */}
      <p role="status" className="sr-only">
        {image ? t("chat.imageChosen") : ""}
      </p>
      {image && previewUrl && (
        <div className="mt-3 flex items-center gap-3">
          <img
            src={previewUrl}
            alt={t("chat.chosenImage")}
            className="h-20 w-20 rounded-md border-2 border-line bg-white object-cover"
          />
          <Button variant="secondary" onClick={removeImage} disabled={busy}>
            {t("chat.removeImage")}
          </Button>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <div>
          <input
            id={imageId}
            name="image"
            type="file"
            accept="image/*"
            onChange={chooseImage}
            disabled={busy}
            className="peer sr-only"
          />
          <label
            htmlFor={imageId}
            className={`${buttonClassName("secondary")} cursor-pointer ${hiddenInputFocusRing}`}
          >
            {labels.image}
          </label>
        </div>
        <Button type="submit" disabled={busy} className="grow sm:grow-0">
          {sending ? labels.sending : labels.send}
        </Button>
      </div>
    </form>
  );
}
