import { useUiT } from "../i18n/ui-messages";

/**
 * "Live updates paused", while useEventStream says so. The live region is always there, so that a
 * screen reader announces the notice when it appears.
 */
export function LiveUpdatesNotice({ paused }: { paused: boolean }) {
  const t = useUiT();
  return (
    <div role="status" className="empty:hidden">
      {paused && (
        <p className="my-4 border-l-4 border-brand bg-white p-4 text-lg font-bold">{t("live.paused")}</p>
      )}
    </div>
  );
}
