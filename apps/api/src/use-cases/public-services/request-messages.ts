import type { RequestStatus } from "@ansinh/db";
import { formatDate, type LocalText } from "@ansinh/domain";

/**
 * What the citizen is told when their request changes status: a notification in the app (both
 * languages) and an SMS (ASCII; enqueueSms strips the marks). Staff notes are shown in the app only,
 * never in the SMS: a text can be read over a shoulder and a free note may hold anything.
 */
interface RequestMessage {
  title: LocalText;
  body: LocalText;
  sms: string;
}

interface MessageInput {
  status: Exclude<RequestStatus, "draft">;
  number: string;
  serviceName: LocalText;
  dueOn: string | null;
  note: string | null;
}

const HOTLINE = "Lien he 19009068 de duoc ho tro";

export function requestMessage(m: MessageInput): RequestMessage {
  const due = m.dueOn ? formatDate(m.dueOn) : "";
  const about = `ho so ${m.number} (${m.serviceName.vi})`;
  const noteVi = m.note ? ` Ghi chú của cán bộ: ${m.note}` : "";
  const noteEn = m.note ? ` Officer's note: ${m.note}` : "";
  switch (m.status) {
    case "submitted":
      return {
        title: { vi: `Đã gửi hồ sơ ${m.number}`, en: `Request ${m.number} sent` },
        body: {
          vi: `Hồ sơ ${m.serviceName.vi} của bạn đã được gửi. Hạn giải quyết: ${due}.`,
          en: `Your ${m.serviceName.en} request has been sent. Due by ${due}.`,
        },
        sms: `BHXH Viet Nam: da nhan ${about}. Han giai quyet ${due}. ${HOTLINE}`,
      };
    case "received":
      return {
        title: { vi: `Hồ sơ ${m.number} đã được tiếp nhận`, en: `Request ${m.number} received` },
        body: {
          vi: `Cơ quan BHXH đã tiếp nhận hồ sơ ${m.serviceName.vi}. Hạn giải quyết: ${due}.`,
          en: `The social insurance office has received your ${m.serviceName.en} request. Due by ${due}.`,
        },
        sms: `BHXH Viet Nam: ${about} da duoc tiep nhan. Han giai quyet ${due}. ${HOTLINE}`,
      };
    case "processing":
      return {
        title: { vi: `Hồ sơ ${m.number} đang được giải quyết`, en: `Request ${m.number} in progress` },
        body: {
          vi: `Cán bộ đang giải quyết hồ sơ ${m.serviceName.vi} của bạn. Hạn giải quyết: ${due}.`,
          en: `An officer is working on your ${m.serviceName.en} request. Due by ${due}.`,
        },
        sms: `BHXH Viet Nam: ${about} dang duoc giai quyet. Han giai quyet ${due}. ${HOTLINE}`,
      };
    case "needs_info":
      return {
        title: {
          vi: `Hồ sơ ${m.number} cần bổ sung thông tin`,
          en: `Request ${m.number} needs more information`,
        },
        body: {
          vi: `Cán bộ cần bạn bổ sung thông tin cho hồ sơ ${m.serviceName.vi}.${noteVi}`,
          en: `The officer needs more information for your ${m.serviceName.en} request.${noteEn}`,
        },
        sms: `BHXH Viet Nam: ${about} can bo sung thong tin. Vui long xem va tra loi tren ung dung. ${HOTLINE}`,
      };
    case "completed":
      return {
        title: { vi: `Hồ sơ ${m.number} đã giải quyết xong`, en: `Request ${m.number} completed` },
        body: {
          vi: `Hồ sơ ${m.serviceName.vi} của bạn đã được giải quyết xong.${noteVi}`,
          en: `Your ${m.serviceName.en} request has been completed.${noteEn}`,
        },
        sms: `BHXH Viet Nam: ${about} da duoc giai quyet xong. ${HOTLINE}`,
      };
    case "rejected":
      return {
        title: { vi: `Hồ sơ ${m.number} không được chấp nhận`, en: `Request ${m.number} rejected` },
        body: {
          vi: `Hồ sơ ${m.serviceName.vi} của bạn không được chấp nhận.${noteVi}`,
          en: `Your ${m.serviceName.en} request was rejected.${noteEn}`,
        },
        sms: `BHXH Viet Nam: ${about} khong duoc chap nhan. Xem ly do tren ung dung. ${HOTLINE}`,
      };
  }
}
