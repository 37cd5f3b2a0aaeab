/**
 * Characters that render as nothing (or only steer rendering) and can hide inside a name to slip it
 * past exact comparison: zero-width spaces and joiners, bidi marks, embeddings and isolates, the
 * soft hyphen, word joiners, BOM, variation selectors, fillers. Reach for `stripInvisible` first,
 * before any other normalization step.
 */

// \p{Cf}: every format control (ZWSP, ZWJ, ZWNJ, LRM/RLM, LRE…PDF, LRI…PDI, soft hyphen, BOM,
// word joiner, Arabic letter mark, interlinear annotation marks). The rest are letters or marks
// that display as blanks: Hangul fillers, Mongolian/Khmer vowel separators, variation selectors,
// combining grapheme joiner.
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
