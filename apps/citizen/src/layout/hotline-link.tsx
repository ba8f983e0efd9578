import { buttonClassName } from "@ansinh/ui";
import { useT } from "../i18n/messages";

/** The national helpline, as a tel: link so one tap starts the call on a phone. */
export function HotlineLink() {
  const t = useT();
  return (
    <a href="tel:19009068" className={buttonClassName("secondary")}>
      {t("common.hotline")}
    </a>
  );
}
