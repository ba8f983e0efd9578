/**
 * "Trợ giúp" (issue 6): the lists that the database's CHECKs, the API's schemas and both web apps
 * share, and the words each choice is shown with.
 */

/** A chat with the person's office: open until staff or the citizen close it. */
export const conversationStatuses = ["open", "closed"] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const messageAuthors = ["citizen", "staff"] as const;
export type MessageAuthor = (typeof messageAuthors)[number];

/** "Phản ánh, kiến nghị": received by the office, being looked into, answered. */
export const petitionStatuses = ["received", "processing", "answered"] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];

interface Labelled<Code extends string> {
  code: Code;
  vi: string;
  en: string;
}

/** What a petition is about; staff route them by it. */
export const petitionCategories = [
  { code: "procedure", vi: "Thủ tục hành chính", en: "Administrative procedures" },
  { code: "contribution", vi: "Đóng BHXH, BHYT, BHTN", en: "Contributions (BHXH, BHYT, BHTN)" },
  { code: "benefit", vi: "Chế độ, chính sách được hưởng", en: "Benefits and entitlements" },
  { code: "health_card", vi: "Thẻ BHYT, khám chữa bệnh", en: "Health-insurance card and medical care" },
  { code: "staff_conduct", vi: "Thái độ phục vụ của cán bộ", en: "Conduct of staff" },
  { code: "app", vi: "Ứng dụng, tài khoản", en: "The app and accounts" },
  { code: "other", vi: "Khác", en: "Other" },
] as const satisfies readonly Labelled<string>[];

export type PetitionCategory = (typeof petitionCategories)[number]["code"];
export const petitionCategoryCodes = petitionCategories.map((c) => c.code) as [
  PetitionCategory,
  ...PetitionCategory[],
];

/**
 * A staff member counts as online while one of their console tabs holds the inbox stream open; the
 * stream refreshes its mark well within this window, so a closed tab stops counting soon after.
 */
export const STAFF_ONLINE_SECONDS = 60;

/**
 * Lengths in characters, once trimmed, that the API enforces and the apps count down: long enough for
 * a full account of a problem, short enough to read on a phone and to keep a flood small.
 */
export const helpTextLimits = {
  chatMessage: 2000,
  petitionMin: 20,
  petition: 2000,
  petitionReply: 2000,
} as const;
