import {
  type CitizenProfile,
  citizenPasswordHash,
  revokeOtherSessions,
  setCitizenPassword,
} from "@ansinh/db";
import { checkNewPassword, type FieldError } from "@ansinh/domain";
import { hashPassword, verifyPassword } from "../../auth/passwords";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";

/** The 400 for a new password that breaks the rules: every rule broken, on the newPassword field. */
export function weakPasswordError(problems: FieldError[]) {
  return new AppError(
    "validation",
    { vi: "Mật khẩu mới chưa đạt yêu cầu", en: "The new password does not meet the rules" },
    problems.map((p) => ({ field: "body.newPassword", ...p })),
  );
}

/**
 * A signed-in citizen replaces their password (forced after a temporary one). The current password is
 * asked again; the new one must follow the policy and differ from it; other sessions end.
 */
export async function changePassword(
  context: RouteContext,
  citizen: CitizenProfile,
  input: { currentPassword: string; newPassword: string },
  sessionTokenHash: string,
) {
  const current = await citizenPasswordHash(context.db, citizen.personId);
  if (!(await verifyPassword(current, input.currentPassword))) {
    throw new AppError(
      "validation",
      { vi: "Mật khẩu hiện tại không đúng", en: "The current password is not correct" },
      [
        {
          field: "body.currentPassword",
          code: "password.wrong_current",
          vi: "Mật khẩu hiện tại không đúng",
          en: "The current password is not correct",
        },
      ],
    );
  }
  const problems = checkNewPassword(input.newPassword, { bhxhNumber: citizen.bhxhNumber });
  if (input.newPassword === input.currentPassword) {
    problems.push({
      code: "password.unchanged",
      vi: "Mật khẩu mới phải khác mật khẩu hiện tại",
      en: "The new password must differ from the current one",
    });
  }
  if (problems.length > 0) throw weakPasswordError(problems);
  await context.db.transaction(async (tx) => {
    await setCitizenPassword(tx, citizen.personId, await hashPassword(input.newPassword));
    await revokeOtherSessions(tx, citizen.personId, sessionTokenHash, "password_changed");
  });
}
