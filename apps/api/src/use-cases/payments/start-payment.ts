import {
  findPaymentByKey,
  findPendingRequestPayment,
  findServiceRequest,
  insertPayment,
  type PaymentRow,
  uuidv7,
} from "@ansinh/db";
import { serviceByCode, stripVietnameseMarks, vietnamDate } from "@ansinh/domain";
import type { PaymentProvider } from "../../payments/payment-provider";
import type { RouteContext } from "../../routes/route-context";
import { requestNotFound, requestStateChanged } from "../public-services/request-errors";
import { paymentAmount } from "./paid-cover";
import { keyUsedForAnotherRequest, notPayable } from "./payment-errors";
import { type PaymentView, paymentView } from "./payment-view";

interface PaymentStart {
  payment: PaymentView;
  payUrl: string;
  /** False when an existing payment was handed back (same key, or one still open at the gateway). */
  created: boolean;
}

/** The citizen's request page in the citizen app: where the gateway sends the browser back. */
export const requestPagePath = (requestId: string) => `/dich-vu-cong/yeu-cau/${requestId}`;

/**
 * "Thanh toán": opens a payment at the gateway for one of the citizen's own submitted, paid requests,
 * at the amount the server works out. Idempotent by key (a retry gets the same payment), and while a
 * payment of the request is still open at the gateway it is handed back rather than a second opened,
 * so a request cannot be paid twice. After a failed or abandoned payment a new key pays again.
 */
export async function startPayment(
  context: Pick<RouteContext, "db">,
  provider: PaymentProvider,
  citizen: { personId: string },
  input: { requestId: string; idempotencyKey: string; publicBaseUrl: string },
  now = new Date(),
): Promise<PaymentStart> {
  const { personId } = citizen;
  const known = await findPaymentByKey(context.db, personId, input.idempotencyKey);
  if (known) return handedBack(known, input.requestId, provider);

  return context.db.transaction(async (tx) => {
    // The request's row lock makes two starts with different keys take turns: the second finds the
    // first one's payment open.
    const request = await findServiceRequest(tx, personId, input.requestId, { forUpdate: true });
    if (!request) throw requestNotFound();
    const service = serviceByCode(request.serviceCode);
    if (!service?.payment) throw notPayable();
    if (request.status !== "submitted") throw requestStateChanged(request);
    const open = await findPendingRequestPayment(tx, personId, request.id);
    if (open) return handedBack(open, request.id, provider);

    const amount = await paymentAmount(tx, request, vietnamDate(now));
    const id = uuidv7();
    const opened = await provider.createPayment({
      paymentId: id,
      amount,
      description: stripVietnameseMarks(`${service.name.vi} - hồ sơ ${request.number}`),
      returnUrl: `${input.publicBaseUrl}${requestPagePath(request.id)}`,
    });
    const inserted = await insertPayment(tx, {
      personId,
      id,
      requestId: request.id,
      provider: provider.name,
      amount,
      providerReference: opened.providerReference,
      idempotencyKey: input.idempotencyKey,
    });
    // A concurrent start with the same key for another request got there first; the gateway's
    // payment just opened is never paid and lapses there.
    if (!inserted.created) return handedBack(inserted.payment, request.id, provider);
    return { payment: paymentView(inserted.payment), payUrl: opened.payUrl, created: true };
  });
}

function handedBack(payment: PaymentRow, requestId: string, provider: PaymentProvider): PaymentStart {
  if (payment.requestId !== requestId) throw keyUsedForAnotherRequest();
  return {
    payment: paymentView(payment),
    payUrl: payment.providerReference ? provider.payUrl(payment.providerReference) : "",
    created: false,
  };
}
