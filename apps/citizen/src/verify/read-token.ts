/**
 * The token of a statement from what the person has: the page's fragment ("#<payload>.<signature>"),
 * or a pasted address or token. Empty when there is none. The API judges whether it is valid.
 */
export function readToken(text: string): string {
  const afterHash = text.includes("#") ? text.slice(text.lastIndexOf("#") + 1) : text;
  let token = afterHash.trim();
  if (token.includes("%")) {
    try {
      token = decodeURIComponent(token);
    } catch {
      // Left as it is: the API will say it is not a token.
    }
  }
  return token.replace(/\s+/g, "");
}
