/**
 * The context shown with a mention: about `chars` characters on each side, cut at word
 * boundaries, white space squashed to single spaces, "…" where the text goes on.
 */
export function contextSnippet(text: string, start: number, end: number, chars: number): string {
  let lo = Math.max(0, start - chars);
  let hi = Math.min(text.length, end + chars);
  if (lo > 0) {
    const space = text.slice(lo, start).search(/\s/);
    if (space >= 0) lo += space + 1;
  }
  if (hi < text.length) {
    const tail = text.slice(end, hi);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space >= 0) hi = end + space;
  }
  const body = text.slice(lo, hi).replace(/\s+/g, ' ').trim();
  return `${lo > 0 ? '…' : ''}${body}${hi < text.length ? '…' : ''}`;
}
