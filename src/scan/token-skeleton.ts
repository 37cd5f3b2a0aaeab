/**
 * A coarse sound-alike key for a folded token, used only to find candidates (never to score):
 * "marroquin", "marrokin" and "maroquin" share the key "mrkn"; "carlos" and "karlos" share "krls".
 * It lets a name written in another script ("Марроки́н" folds to "marrokin") or with a common
 * spelling variant reach verification, where the matcher's typo budget decides.
 *
 * Steps: "ph"→f, "sch"→s, "kh" "sh" "gh"→k s g, "qu" c q→k, v w→b, z→s, x→ks; the first letter
 * is kept (a first vowel becomes "a"); later vowels, y and h are dropped; doubled letters squashed.
 * Tokens with digits are kept whole. Coarse on purpose: collisions only cost a verification.
 */
const FIRST_VOWEL = /^[aeiouy]/;

export function tokenSkeleton(token: string): string {
  if (/\d/.test(token)) return token;
  let s = token
    .replace(/ph/g, 'f')
    .replace(/sch/g, 's')
    .replace(/([ksg])h/g, '$1')
    .replace(/qu/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/[vw]/g, 'b')
    .replace(/z/g, 's')
    .replace(/x/g, 'ks');
  const first = FIRST_VOWEL.test(s) ? 'a' : s[0] ?? '';
  const rest = s.slice(1).replace(/[aeiouyh]/g, '');
  s = first + rest;
  let out = '';
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}
