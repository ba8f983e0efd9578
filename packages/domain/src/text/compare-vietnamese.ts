/**
 * Vietnamese alphabetical order, usable directly in `Array.prototype.sort`.
 *
 * Why not `Intl.Collator("vi")`: its result depends on the ICU data shipped with the runtime (some
 * Node builds and old Android WebViews fall back to the root collation, where "ă" sorts as "a"), and
 * the same list must sort identically in the browser, on the server and in tests.
 *
 * Rules (as in Vietnamese dictionaries):
 * 1. Text is compared word by word (syllable by syllable); a shorter sequence of words comes first.
 * 2. Within a word, letters are compared in the alphabet a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ
 *    p q r s t u ư v (w) x y (z); upper and lower case are the same letter. Foreign letters f j w z
 *    take their Latin places. Digits come before letters, punctuation before digits, and letters of
 *    other scripts after the alphabet.
 * 3. Only when two words have the same letters does the tone decide, in the order
 *    ngang < huyền < hỏi < ngã < sắc < nặng (a à ả ã á ạ). Where the tone mark sits ("hòa"/"hoà")
 *    does not matter at this step.
 * 4. Remaining ties (case, tone placement, spacing) are broken by the code points of the NFC text,
 *    so the order is total; only texts equal after NFC compare as 0.
 */
export function compareVietnamese(a: string, b: string): number {
  const wordsA = sortKey(a);
  const wordsB = sortKey(b);
  const common = Math.min(wordsA.length, wordsB.length);
  for (let i = 0; i < common; i++) {
    const wordA = wordsA[i] as WordKey;
    const wordB = wordsB[i] as WordKey;
    const byWord = compareNumbers(wordA.letters, wordB.letters) || compareNumbers(wordA.tones, wordB.tones);
    if (byWord !== 0) return byWord;
  }
  if (wordsA.length !== wordsB.length) return wordsA.length < wordsB.length ? -1 : 1;
  const nfcA = a.normalize("NFC");
  const nfcB = b.normalize("NFC");
  return nfcA < nfcB ? -1 : nfcA > nfcB ? 1 : 0;
}

interface WordKey {
  /** Primary weights, one per letter or symbol. */
  letters: number[];
  /** Tone weights in order of appearance (empty for ngang). */
  tones: number[];
}

const ALPHABET = [..."aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"];
const LETTER_WEIGHT = new Map(ALPHABET.map((letter, index) => [letter, index]));

/** Marks that make a different letter (ă â ê ô ơ ư) rather than a tone. */
const LETTER_MARKS = new Set(["\u0306", "\u0302", "\u031b"]);

/** Tone marks in dictionary order: huyền, hỏi, ngã, sắc, nặng. */
const TONE_WEIGHT = new Map([
  ["\u0300", 1],
  ["\u0309", 2],
  ["\u0303", 3],
  ["\u0301", 4],
  ["\u0323", 5],
]);

// Bands keep the classes of characters apart; within a band the code point or alphabet rank decides.
const PUNCTUATION_BAND = 0;
const DIGIT_BAND = 0x200000;
const ALPHABET_BAND = 0x300000;
const OTHER_LETTER_BAND = 0x400000;
/** Combining marks that are neither letter-forming nor tones (e.g. a diaeresis) sort after all tones. */
const OTHER_MARK_BAND = 0x100;

function sortKey(s: string): WordKey[] {
  return s
    .normalize("NFC")
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "")
    .map(wordKey);
}

function wordKey(word: string): WordKey {
  const letters: number[] = [];
  const tones: number[] = [];
  // Walk the decomposed word; a base character plus its letter-forming marks is one letter.
  // NFD may put a tone mark before the letter mark ("ậ" = a + dot below + circumflex), so marks are
  // collected per base character before the letter is looked up.
  let base = "";
  const flush = () => {
    if (base !== "") letters.push(letterWeight(base.normalize("NFC")));
    base = "";
  };
  for (const ch of word.normalize("NFD")) {
    if (!/\p{M}/u.test(ch)) {
      flush();
      base = ch;
    } else if (LETTER_MARKS.has(ch) && base !== "") {
      base += ch;
    } else {
      tones.push(TONE_WEIGHT.get(ch) ?? OTHER_MARK_BAND + (ch.codePointAt(0) ?? 0));
    }
  }
  flush();
  return { letters, tones };
}

function letterWeight(letter: string): number {
  const rank = LETTER_WEIGHT.get(letter);
  if (rank !== undefined) return ALPHABET_BAND + rank;
  const codePoint = letter.codePointAt(0) ?? 0;
  if (/^\p{Nd}$/u.test(letter)) return DIGIT_BAND + codePoint;
  if (/^\p{L}/u.test(letter)) return OTHER_LETTER_BAND + codePoint;
  return PUNCTUATION_BAND + codePoint;
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
