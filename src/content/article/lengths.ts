/**
 * Word and character counts of the editor's text fields, with the newsroom's recommended
 * lengths (advice, never a refusal: the hard limits are in the article schema).
 */

/** Characters as a reader sees them: a Vietnamese letter typed decomposed counts once. */
export function countChars(text: string): number {
  return [...text.trim().normalize("NFC")].length;
}

/** Words: runs separated by spaces that hold at least one letter or digit ("–" is not a word). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export type CountedField = "title" | "sapo" | "body" | "seoTitle" | "seoDescription";

interface Advice {
  /** Characters at most. */
  maxChars?: number;
  /** Words between min and max. */
  minWords?: number;
  maxWords?: number;
  /** Whether the character count is shown (the body shows words only). */
  chars: boolean;
}

export const LENGTH_ADVICE: Record<CountedField, Advice> = {
  title: { maxChars: 100, chars: true },
  sapo: { minWords: 30, maxWords: 60, chars: true },
  body: { chars: false },
  seoTitle: { maxChars: 60, chars: true },
  seoDescription: { maxChars: 160, chars: true },
};

export interface LengthCount {
  words: number;
  chars: number;
  /** False when the text is outside the recommended length (an empty field is not flagged). */
  withinAdvice: boolean;
  /** Vietnamese, e.g. "8 từ · 45/100 ký tự" or "25 từ (nên 30–60 từ) · 160 ký tự". */
  label: string;
}

export function lengthCount(field: CountedField, text: string): LengthCount {
  const advice = LENGTH_ADVICE[field];
  const words = countWords(text);
  const chars = countChars(text);
  const wordsOk = (advice.minWords === undefined || words >= advice.minWords) && (advice.maxWords === undefined || words <= advice.maxWords);
  const charsOk = advice.maxChars === undefined || chars <= advice.maxChars;
  const wordPart = advice.minWords !== undefined ? `${words} từ (nên ${advice.minWords}–${advice.maxWords} từ)` : `${words} từ`;
  const charPart = advice.maxChars !== undefined ? `${chars}/${advice.maxChars} ký tự` : `${chars} ký tự`;
  return { words, chars, withinAdvice: chars === 0 || (wordsOk && charsOk), label: advice.chars ? `${wordPart} · ${charPart}` : wordPart };
}
