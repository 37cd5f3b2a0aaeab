/**
 * A coarse sound-alike key for a folded token, used only to find candidates (never to score):
 * "marroquin", "marrokin" and "maroquin" share the key "mrkn"; "carlos" and "karlos" share "krls".
 * It lets a name written in another script ("Марроки́н" folds to "marrokin") or with a common
 * spelling variant reach verification, where the matcher's typo budget decides.
 *
 * Steps: "ph"→f, "sch"→s, "kh" "sh" "gh"→k s g, "qu" c q→k, v w→b, z→s, x→ks; vowels, y and h
 * are dropped (so Arabic and Hebrew written without vowels, "ldn", meet "laden"); doubled letters
 * squashed. Tokens with digits, and tokens of vowels only, are kept whole. Coarse on purpose:
 * collisions only cost a verification.
 */
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
  s = s.replace(/[aeiouyh]/g, '');
  if (s === '') return token;
  let out = '';
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}
