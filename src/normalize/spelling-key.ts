/**
 * Spelling keys: coarse forms of a folded word under which the usual transliteration and spelling
 * variants of one name coincide. Compare keys only after exact and typo comparison failed.
 *
 * `spellingKey` absorbs the differences between romanization schemes and spelling habits
 * (Dmitriy / Dmitry / Dmitrii, Aleksandr / Alexandr, Khodorkovsky / Hodorkovskiy, Nooristani /
 * Nuristani, Joonng / Jong): same key, same name as far as the spelling can tell.
 *
 * `consonantKey` is for words transliterated from scripts that write few vowels (Arabic, Hebrew,
 * Thai): "mhmd" (محمد) and "Mohamed" both give "mhmd". It is much coarser, so the matcher only uses
 * it when one side comes from such a script.
 */

/**
 * One left-to-right pass: at each position the longest listed spelling wins, and what it writes is
 * not rewritten again.
 *   shch→sch  tsch/tch→ch  dzh/dj/zh→i  ph→f  ck→k  kh→h  gh→g  th→t  tz→ts  ch→ch  x→ks  q→k
 *   ce/ci/cy→se/si/si  c→k  w→v  ou/oo→u  ee→i  ae→e  y/j→i
 * then a final -ie becomes -i and doubled letters collapse. A word-initial x reads as s.
 */
export function spellingKey(word: string): string {
  let out = '';
  const n = word.length;
  let i = 0;
  if (n > 0 && word.charCodeAt(0) === 120 /* x */) {
    out = 's';
    i = 1;
  }
  while (i < n) {
    const c = word[i]!;
    const d = i + 1 < n ? word[i + 1]! : '';
    switch (c) {
      case 's':
        if (d === 'h' && word.startsWith('shch', i)) {
          out += 'sch';
          i += 4;
          continue;
        }
        break;
      case 't':
        if (word.startsWith('tsch', i)) {
          out += 'ch';
          i += 4;
          continue;
        }
        if (d === 'c' && i + 2 < n && word[i + 2] === 'h') {
          out += 'ch';
          i += 3;
          continue;
        }
        if (d === 'h') {
          out += 't';
          i += 2;
          continue;
        }
        if (d === 'z') {
          out += 'ts';
          i += 2;
          continue;
        }
        break;
      case 'd':
        if (d === 'z' && i + 2 < n && word[i + 2] === 'h') {
          out += 'i';
          i += 3;
          continue;
        }
        if (d === 'j') {
          out += 'i';
          i += 2;
          continue;
        }
        break;
      case 'z':
        if (d === 'h') {
          out += 'i';
          i += 2;
          continue;
        }
        break;
      case 'p':
        if (d === 'h') {
          out += 'f';
          i += 2;
          continue;
        }
        break;
      case 'k':
        if (d === 'h') {
          out += 'h';
          i += 2;
          continue;
        }
        break;
      case 'g':
        if (d === 'h') {
          out += 'g';
          i += 2;
          continue;
        }
        break;
      case 'c':
        if (d === 'k') {
          out += 'k';
          i += 2;
          continue;
        }
        if (d === 'h') {
          out += 'ch';
          i += 2;
          continue;
        }
        if (d === 'e' || d === 'i' || d === 'y') {
          out += d === 'e' ? 'se' : 'si';
          i += 2;
          continue;
        }
        out += 'k';
        i++;
        continue;
      case 'x':
        out += 'ks';
        i++;
        continue;
      case 'q':
        out += 'k';
        i++;
        continue;
      case 'w':
        out += 'v';
        i++;
        continue;
      case 'o':
        if (d === 'u' || d === 'o') {
          out += 'u';
          i += 2;
          continue;
        }
        break;
      case 'e':
        if (d === 'e') {
          out += 'i';
          i += 2;
          continue;
        }
        break;
      case 'a':
        if (d === 'e') {
          out += 'e';
          i += 2;
          continue;
        }
        break;
      case 'y':
      case 'j':
        out += 'i';
        i++;
        continue;
    }
    out += c;
    i++;
  }
  if (out.endsWith('ie')) out = out.slice(0, -1);
  return squeeze(out);
}

/** Collapse runs of one letter: "joonng" → "jong". */
export function squeeze(word: string): string {
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return word.replace(/(.)\1+/g, '$1');
  }
  return word;
}

/** Consonants of a word: ph→f, ck/q/c→k (ch kept), vowels, y, w, v and apostrophes dropped, doubles collapsed. */
export function consonantKey(word: string): string {
  let out = '';
  let last = '';
  const n = word.length;
  for (let i = 0; i < n; i++) {
    let c = word[i]!;
    const d = i + 1 < n ? word[i + 1]! : '';
    if (c === 'p' && d === 'h') {
      c = 'f';
      i++;
    } else if (c === 'c' && d === 'k') {
      c = 'k';
      i++;
    } else if (c === 'q' || (c === 'c' && d !== 'h')) {
      c = 'k';
    } else if (DROPPED.includes(c)) {
      continue;
    }
    if (c === last) continue;
    out += c;
    last = c;
  }
  return out;
}

const DROPPED = "aeiouywv'`-";
