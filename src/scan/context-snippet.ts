/**
 * The context shown with a mention: about `chars` characters on each side, cut at word
 * boundaries, white space squashed to single spaces, "…" where the text goes on.
 */
export function contextSnippet(text: string, start: number, end: number, chars: number): string {
  let lo = Math.max(0, start - chars);
  let hi = Math.min(text.length, end + chars);
  if (lo > 0) {
    // start after the first white space: the word cut in two is dropped
    for (let k = lo; k < start; k++) {
      if (isWhiteSpace(text.charCodeAt(k))) {
        lo = k + 1;
        break;
      }
    }
  }
  if (hi < text.length) {
    // end before the last space or line end
    for (let k = hi - 1; k >= end; k--) {
      const c = text.charCodeAt(k);
      if (c === 32 || c === 10) {
        hi = k;
        break;
      }
    }
  }
  return `${lo > 0 ? '…' : ''}${squashed(text, lo, hi)}${hi < text.length ? '…' : ''}`;
}

/** text[lo, hi) with white space squashed to single spaces and trimmed; most snippets need nothing. */
function squashed(text: string, lo: number, hi: number): string {
  let clean = lo >= hi || (!isWhiteSpace(text.charCodeAt(lo)) && !isWhiteSpace(text.charCodeAt(hi - 1)));
  for (let k = lo; clean && k < hi; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) clean = !isWhiteSpace(text.charCodeAt(k + 1));
    else if (isWhiteSpace(c)) clean = false;
  }
  const body = text.slice(lo, hi);
  return clean ? body : body.replace(/\s+/g, ' ').trim();
}

const UNICODE_SPACE = /\s/;

function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return UNICODE_SPACE.test(String.fromCharCode(c));
}
