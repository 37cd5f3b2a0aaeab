/**
 * String metrics over folded tokens. Pure and allocation-light; checked against the jellyfish
 * reference values in $CRIBA_EVAL_DIR/algorithms (test/match/similarity.test.ts).
 *
 * The matcher uses `boundedEditDistance` (optimal string alignment: insertions, deletions,
 * substitutions and adjacent transpositions, stopping as soon as the budget is exceeded) and
 * `jaroWinkler` for explanations; the rest are reference implementations.
 */
import { distance } from 'fastest-levenshtein';

/** Levenshtein distance (insert, delete, substitute), by fastest-levenshtein. */
export function levenshtein(a: string, b: string): number {
  return distance(a, b);
}

/** Jaro similarity in [0,1]. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!matchedB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  // half the out-of-order matches, rounded down, as jellyfish (and the original C code) count them
  return (m / la + m / lb + (m - Math.floor(transpositions / 2)) / m) / 3;
}

/**
 * Jaro-Winkler: prefix scale 0.1 over at most 4 characters, applied when Jaro exceeds 0.7.
 * `longTolerance` adds jellyfish's adjustment for long strings that agree beyond the prefix.
 */
export function jaroWinkler(a: string, b: string, longTolerance = false): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let w = j + prefix * 0.1 * (1 - j);
  const minLength = Math.min(a.length, b.length);
  if (longTolerance && minLength > 4) {
    const common = commonCharacters(a, b);
    if (common > prefix + 1 && 2 * common >= minLength + prefix) {
      w += (1 - w) * ((common - prefix - 1) / (a.length + b.length - prefix * 2 + 2));
    }
  }
  return w;
}

function commonCharacters(a: string, b: string): number {
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  const used = new Uint8Array(b.length);
  let common = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!used[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        used[j] = 1;
        common++;
        break;
      }
    }
  }
  return common;
}

/** Damerau-Levenshtein distance (unrestricted transpositions), Lowrance-Wagner. */
export function damerauLevenshtein(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  const maxDist = la + lb;
  const lastRow = new Map<number, number>();
  const w = lb + 2;
  const d = new Int32Array((la + 2) * w);
  d[0] = maxDist;
  for (let i = 0; i <= la; i++) {
    d[(i + 1) * w] = maxDist;
    d[(i + 1) * w + 1] = i;
  }
  for (let j = 0; j <= lb; j++) {
    d[j + 1] = maxDist;
    d[w + j + 1] = j;
  }
  for (let i = 1; i <= la; i++) {
    let lastMatchCol = 0;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const i1 = lastRow.get(cb) ?? 0;
      const j1 = lastMatchCol;
      const cost = ca === cb ? 0 : 1;
      if (cost === 0) lastMatchCol = j;
      d[(i + 1) * w + j + 1] = Math.min(
        d[i * w + j]! + cost,
        d[(i + 1) * w + j]! + 1,
        d[i * w + j + 1]! + 1,
        d[i1 * w + j1]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    lastRow.set(ca, i);
  }
  return d[(la + 1) * w + lb + 1]!;
}

/**
 * Optimal-string-alignment distance if it is at most `max`, else `max + 1`. Within one edit, a
 * direct comparison; otherwise bit-parallel when the shorter string fits in 32 bits (nearly every
 * name part), else a banded table.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (max === 1) return withinOneEdit(a, b) ? (a === b ? 0 : 1) : 2;
  // the distance is symmetric: the shorter string is the one held in bits
  if (la <= 32 && la <= lb) return bitParallelDistance(a, b, max);
  if (lb <= 32 && lb < la) return bitParallelDistance(b, a, max);
  return bandedDistance(a, b, max);
}

/**
 * Positions of each UTF-16 code unit in the pattern of `bitParallelDistance`, as a bit mask; set
 * for the pattern's units during a call and cleared before it returns, so all 0 between calls.
 */
const positionBits = new Int32Array(65536);

/**
 * Hyyrö's bit-vector algorithm for the optimal-string-alignment distance ("A bit-vector algorithm
 * for computing Levenshtein and Damerau edit distances", 2003): Myers' column encoding of the
 * table as vertical deltas (vp, vn), plus a term for transpositions. One column per character of
 * `t` in a few word operations, where the table costs a row of cells. `p` has 1 to 32 characters.
 * Returns the distance if at most `max`, else `max + 1`.
 */
function bitParallelDistance(p: string, t: string, max: number): number {
  const m = p.length;
  const n = t.length;
  for (let i = 0; i < m; i++) positionBits[p.charCodeAt(i)]! |= 1 << i;
  const lastRow = 1 << (m - 1);
  let vp = -1; // column 0: the distance grows by one per row
  let vn = 0;
  let d0 = 0;
  let previous = 0;
  let distance = m; // the table's last row, D[m][j]
  let j = 0;
  for (; j < n; j++) {
    const match = positionBits[t.charCodeAt(j)]!;
    // a transposition: p[i-1..i] = t[j..j-1] where the diagonal did not already match
    const transposed = ((~d0 & match) << 1) & previous;
    // (match & vp) + vp may carry past bit 31: the XOR takes it back to 32 bits
    d0 = (((match & vp) + vp) ^ vp) | match | vn | transposed;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if (hp & lastRow) distance++;
    else if (hn & lastRow) distance--;
    // each later column lowers the last row by at most one
    if (distance - (n - 1 - j) > max) break;
    const hpShifted = (hp << 1) | 1;
    vp = (hn << 1) | ~(d0 | hpShifted);
    vn = hpShifted & d0;
    previous = match;
  }
  for (let i = 0; i < m; i++) positionBits[p.charCodeAt(i)] = 0;
  return j < n || distance > max ? max + 1 : distance;
}

/**
 * The same as a table: three rolling rows, only the band |i - j| <= max, early exit when a whole
 * row exceeds the budget.
 */
function bandedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  // only the band |i - j| <= max is computed (Ukkonen): a cell outside it is more than max, so it
  // counts as max + 1, which its neighbours read from the cells just outside the band
  const over = max + 1;
  const w = lb + 2;
  if (rowScratch.length < 3 * w) rowScratch = new Int32Array(6 * w);
  const rows = rowScratch;
  // three rows at offsets prev2, prev and cur, rotated after each row
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= lb; j++) rows[prev + j] = j <= max ? j : over;
  rows[prev + lb + 1] = over;
  for (let i = 1; i <= la; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < lb ? i + max : lb;
    // column 0 (i deletions) is inside the band while i <= max
    const left = lo === 1 && i <= max ? i : over;
    rows[cur + lo - 1] = left;
    rows[cur + hi + 1] = over;
    let rowMin = left;
    const ca = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + (ca === cb ? 0 : 1));
      if (j > 1 && before === cb && ca === b.charCodeAt(j - 2)) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(rows[prev + lb]!, over);
}

/** The rows of `boundedEditDistance`, reused across calls (grown when a longer word comes): no allocation per pair. */
let rowScratch = new Int32Array(96);

/** At most one insertion, deletion, substitution or adjacent transposition apart (no allocation). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // substitution at i, or transposition of i and i+1
    if (sameFrom(a, b, i + 1, i + 1)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, b, i + 2, i + 2);
  }
  return la > lb ? sameFrom(a, b, i + 1, i) : sameFrom(a, b, i, i + 1);
}

function sameFrom(a: string, b: string, i: number, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

const SOUNDEX_CODES: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3', l: '4', m: '5', n: '5', r: '6',
};

/** American Soundex (letter + 3 digits; h and w do not separate equal codes). */
export function soundex(word: string): string {
  const s = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (!s) return '';
  const first = s[0]!;
  let out = first.toUpperCase();
  let last = SOUNDEX_CODES[first] ?? '';
  for (let i = 1; i < s.length && out.length < 4; i++) {
    const ch = s[i]!;
    const code = SOUNDEX_CODES[ch];
    if (code) {
      if (code !== last) out += code;
      last = code;
    } else if (ch !== 'h' && ch !== 'w') {
      last = '';
    }
  }
  return out.padEnd(4, '0');
}
