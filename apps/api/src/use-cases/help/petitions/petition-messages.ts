import type { LocalText } from "@ansinh/domain";

/**
 * What the citizen is told about their petition: SMS in ASCII (as every SMS; enqueueSms strips any
 * mark left) and, once it is answered, a notification in the app in both languages. The answer itself
 * is shown in the app only, never in an SMS: a text can be read over a shoulder.
 */
const HOTLINE = "Lien he 19009068 de duoc ho tro";

export const petitionAcknowledgement = (number: string) =>
  `BHXH Viet Nam: da nhan phan anh, kien nghi ${number}. Co quan BHXH se tra loi tren ung dung, muc Tro giup. ${HOTLINE}`;

export function petitionAnsweredMessage(number: string): { title: LocalText; body: LocalText; sms: string } {
  return {
    title: {
      vi: `Phản ánh, kiến nghị ${number} đã được trả lời`,
      en: `Petition ${number} has been answered`,
    },
    body: {
      vi: `Cơ quan BHXH đã trả lời phản ánh, kiến nghị ${number} của bạn. Xem câu trả lời tại mục Trợ giúp › Phản ánh, kiến nghị.`,
      en: `The social insurance office has answered your petition ${number}. Read the answer under Help › Petitions.`,
    },
    sms: `BHXH Viet Nam: phan anh, kien nghi ${number} da duoc tra loi. Vui long xem tren ung dung, muc Tro giup. ${HOTLINE}`,
  };
}
