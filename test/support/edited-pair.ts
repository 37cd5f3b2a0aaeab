/**
 * Property-test input for typo search: a string and a copy with up to `maxEdits` random edits —
 * deletions, substitutions, insertions and adjacent transpositions (the matcher counts each as one).
 */
import fc from 'fast-check';

export function editedPair(token: fc.Arbitrary<string>, maxEdits: number): fc.Arbitrary<{ a: string; b: string }> {
  return fc.tuple(token, fc.array(fc.tuple(fc.nat(3), fc.nat(20), fc.constantFrom('a', 'n', 'x')), { maxLength: maxEdits })).map(([a, edits]) => {
    let b = a;
    for (const [op, at, ch] of edits) {
      const i = at % (b.length + 1);
      if (op === 0) b = b.slice(0, i) + b.slice(i + 1);
      else if (op === 1) b = b.slice(0, i) + ch + b.slice(i + 1);
      else if (op === 2) b = b.slice(0, i) + ch + b.slice(i);
      else if (i + 1 < b.length) b = b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2);
    }
    return { a, b };
  });
}
