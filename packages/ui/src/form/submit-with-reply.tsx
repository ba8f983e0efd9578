import { Button } from "../button";
import { LoginReplyNotice } from "./login-reply-notice";
import type { LoginReply } from "./post-login";

/**
 * The end of a form sent to the server: the server's reply, right above the button that sent it (where
 * the person is looking), and the button, which says so while the form is being sent.
 */
export function SubmitWithReply({
  reply,
  pending,
  label,
  pendingLabel,
  className,
}: {
  reply: LoginReply | null;
  pending: boolean;
  label: string;
  pendingLabel: string;
  className?: string;
}) {
  return (
    <>
      <LoginReplyNotice reply={reply} />
      <Button type="submit" className={className}>
        {pending ? pendingLabel : label}
      </Button>
    </>
  );
}
