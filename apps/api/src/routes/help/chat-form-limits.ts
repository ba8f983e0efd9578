import { helpTextLimits } from "@ansinh/domain";
import { chatMessageShape } from "../../use-cases/help/chat/chat-message-form";
import { dossierFormLimits } from "../registrations/read-registration-form";

/** The chat message form's multipart limits, for citizens and staff alike: one picture and a message. */
export const chatFormLimits = dossierFormLimits(chatMessageShape, helpTextLimits.chatMessage);
