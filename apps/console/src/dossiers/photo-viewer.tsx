import { useId, useState } from "react";
import { useT } from "../i18n/messages";
import type { DossierPhoto } from "./dossier-api";

const photoKinds = ["id_front", "id_back", "child_portrait", "birth_certificate"] as const;
type PhotoKind = (typeof photoKinds)[number];

function isPhotoKind(kind: string): kind is PhotoKind {
  return photoKinds.some((known) => known === kind);
}

const minZoom = 1;
const maxZoom = 4;

/**
 * One ID photo, turned and enlarged in the browser only (the stored file never changes): rotate in
 * 90° steps with a CSS transform, zoom with a slider, and move around the enlarged photo by scrolling
 * (mouse, touch, or the arrow keys once the photo area has focus). The viewport is square so that a
 * turned photo still fits in it.
 */
export function PhotoViewer({ photo }: { photo: DossierPhoto }) {
  const t = useT();
  const id = useId();
  const [quarterTurns, setQuarterTurns] = useState(0);
  const [zoom, setZoom] = useState(minZoom);
  const [failed, setFailed] = useState(false);
  const label = isPhotoKind(photo.kind) ? t(`photo.${photo.kind}`) : t("photo.other");
  const degrees = (((quarterTurns % 4) + 4) % 4) * 90;
  const zoomPercent = Math.round(zoom * 100);

  return (
    <figure className="rounded-md bg-white p-4">
      <figcaption className="mb-3 text-xl font-bold">{label}</figcaption>
      {/* A scrollable region must be reachable by keyboard (arrow keys pan the enlarged photo), so it
          takes focus and is named. */}
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable
        tabIndex={0}
        aria-label={`${label}: ${t("photo.viewport")}`}
        className="aspect-square w-full overflow-auto border-2 border-line bg-surface"
      >
        <div style={{ width: `${zoomPercent}%`, height: `${zoomPercent}%` }}>
          {failed ? (
            <p className="p-4 text-lg text-error">{t("photo.failed")}</p>
          ) : (
            <img
              src={photo.url}
              alt={label}
              onError={() => setFailed(true)}
              data-rotation={degrees}
              className="h-full w-full object-contain motion-safe:transition-transform"
              style={{ transform: `rotate(${quarterTurns * 90}deg)` }}
            />
          )}
        </div>
      </section>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => setQuarterTurns((turns) => turns - 1)}
          className={controlClassName}
          aria-describedby={`${id}-rotation`}
        >
          <span aria-hidden="true">↺</span> {t("photo.rotateLeft")}
        </button>
        <button
          type="button"
          onClick={() => setQuarterTurns((turns) => turns + 1)}
          className={controlClassName}
          aria-describedby={`${id}-rotation`}
        >
          <span aria-hidden="true">↻</span> {t("photo.rotateRight")}
        </button>
        <button
          type="button"
          onClick={() => {
            setQuarterTurns(0);
            setZoom(minZoom);
          }}
          className={controlClassName}
        >
          {t("photo.reset")}
        </button>
        <output id={`${id}-rotation`} aria-live="polite" className="text-lg">
          {t("photo.rotation")} {degrees}°
        </output>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-zoom`} className="text-lg font-bold">
          {t("photo.zoom")}
        </label>
        <input
          id={`${id}-zoom`}
          type="range"
          min={minZoom}
          max={maxZoom}
          step={0.25}
          value={zoom}
          onChange={(event) => setZoom(Number(event.target.value))}
          aria-valuetext={`${zoomPercent}%`}
          className="min-h-touch w-48 accent-brand"
        />
        <span aria-hidden="true" className="text-lg">
          {zoomPercent}%
        </span>
        <button
          type="button"
          onClick={() => setZoom((current) => (current >= 2 ? minZoom : 2))}
          className={controlClassName}
        >
          {zoom >= 2 ? t("photo.shrink") : t("photo.enlarge")}
        </button>
      </div>
    </figure>
  );
}

const controlClassName =
  "inline-flex min-h-touch items-center gap-1 rounded-md border-2 border-ink bg-white px-3 text-lg font-bold hover:bg-surface";
