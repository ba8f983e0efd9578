import { Button } from "@ansinh/ui";
import { useRegistrationT } from "./i18n/messages";

/** "Gửi" at the foot of a check page; while sending it says so and is disabled (still announced). */
export function SendButton({ sending }: { sending: boolean }) {
  const t = useRegistrationT();
  return (
    <Button type="submit" className="w-full" disabled={sending} aria-disabled={sending}>
      {sending ? t("check.submitting") : t("check.submit")}
    </Button>
  );
}
