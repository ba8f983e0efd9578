/**
 * Folds Vietnamese text for searching: lower case, đ → d, and every mark stripped, so that "ho chi minh",
 * "Hồ Chí Minh" and "HO CHI MINH" all match. (@ansinh/domain has the full folding rules; this app
 * only needs search.)
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/\p{M}/gu, "");
}
