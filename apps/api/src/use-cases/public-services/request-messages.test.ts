import { requestStatuses, serviceCatalogue } from "@ansinh/domain";
import { describe, expect, it } from "vitest";
import { toSmsText } from "../../sms/to-sms-text";
import { requestMessage } from "./request-messages";

describe("what the citizen is told of a change", () => {
  it("gives every status of every service an SMS that is plain ASCII and never carries the officer's note", () => {
    const statuses = requestStatuses.filter((s) => s !== "draft");
    for (const service of serviceCatalogue) {
      for (const status of statuses) {
        const message = requestMessage({
          status,
          number: "DV2612345678",
          serviceName: service.name,
          dueOn: "2026-12-09",
          note: "Ghi chú “riêng” 🙂",
        });
        expect(toSmsText(message.sms)).toMatch(/^[\x20-\x7E]+$/);
        expect(message.sms).not.toContain("Ghi chú");
        expect(message.title.vi).toContain("DV2612345678");
      }
    }
  });

  it("states the deadline as dd/MM/yyyy", () => {
    const message = requestMessage({
      status: "received",
      number: "DV2612345678",
      serviceName: { vi: "Cấp lại sổ BHXH", en: "Reissue of the social insurance book" },
      dueOn: "2026-12-09",
      note: null,
    });
    expect(toSmsText(message.sms)).toBe(
      "BHXH Viet Nam: ho so DV2612345678 (Cap lai so BHXH) da duoc tiep nhan. Han giai quyet 09/12/2026. Lien he 19009068 de duoc ho tro",
    );
  });
});
