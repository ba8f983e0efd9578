import { helpTextLimits } from "@ansinh/domain";
import { chatMessageShape } from "../../use-cases/help/chat/chat-message-form";
import { dossierFormLimits } from "../registrations/read-registration-form";

/**
 * The dossier form's multipart limits (one photo, cut one byte past its limit so that sanitizeImage
 * refuses it on its own field), with room for a message of Vietnamese, whose letters take up to 5
 * bytes each as sent by a keyboard that composes marks (NFD) before the text is normalised.
 */
export const chatFormLimits = {
  ...dossierFormLimits(chatMessageShape),
  fieldSize: helpTextLimits.chatMessage * 5 + 1024,
};
