/**
 * Which document tokens accepted mentions already cover, so each new candidate is checked against
 * its own tokens only (linear in the text, however many mentions a long document has).
 *
 * Rules: a candidate may not overlap a mention of the same entity, nor a different mention of
 * another entity; an equal claim (same span, same score) of two entities is kept for both — two
 * listed namesakes are both worth a look.
 */
import type { WindowMatch } from './verify-window.js';

export class MentionClaims<M extends WindowMatch> {
  readonly accepted: M[] = [];
  /** Per token: index of the first accepted mention covering it, or -1. */
  private readonly owner: Int32Array;
  /**
   * Spans claimed, as entity and first token → last token (one entity never claims two spans
   * that start at the same token: they would overlap).
   */
  private readonly spans = new Map<number, number>();

  /** @param scratch an array of `tokenCount` integers to use (overwritten), or none to allocate one */
  constructor(tokenCount: number, scratch?: Int32Array) {
    this.owner = (scratch ?? new Int32Array(tokenCount)).fill(-1);
  }

  fits(w: WindowMatch): boolean {
    if (this.spans.get(spanKey(w)) === w.b) return false;
    for (let k = w.a; k <= w.b; k++) {
      const o = this.owner[k]!;
      if (o < 0) continue;
      const m = this.accepted[o]!;
      if (m.entity === w.entity) return false;
      const sameClaim = m.a === w.a && m.b === w.b && Math.abs(m.score - w.score) < 0.001;
      if (!sameClaim) return false;
    }
    return true;
  }

  add(m: M): void {
    const index = this.accepted.push(m) - 1;
    this.spans.set(spanKey(m), m.b);
    for (let k = m.a; k <= m.b; k++) if (this.owner[k]! < 0) this.owner[k] = index;
  }

  covers(k: number): boolean {
    return this.owner[k]! >= 0;
  }
}

function spanKey(w: WindowMatch): number {
  return w.entity * 2 ** 30 + w.a;
}

/**
 * Short mentions that fit several entities: "Meza" after both "Osiris Luna Meza" and "Alma Yanira
 * Meza Olivares" says nothing. Indexed by token, so each check only looks at its own tokens.
 */
export class ShortMentionOverlaps {
  private readonly byToken = new Map<number, WindowMatch[]>();

  /**
   * @param sameInText whether two entities were named in full by the very same words of the text
   *   (one person on several lists): then a short mention fits both without being ambiguous.
   */
  constructor(shorts: readonly WindowMatch[], private readonly sameInText: (x: number, y: number) => boolean) {
    for (const w of shorts) {
      for (let k = w.a; k <= w.b; k++) {
        const list = this.byToken.get(k);
        if (list) list.push(w);
        else this.byToken.set(k, [w]);
      }
    }
  }

  /** Does another entity claim an overlapping short mention at least as long? */
  ambiguous(w: WindowMatch): boolean {
    for (let k = w.a; k <= w.b; k++) {
      for (const o of this.byToken.get(k) ?? []) {
        if (o.entity !== w.entity && o.b - o.a >= w.b - w.a && !this.sameInText(o.entity, w.entity)) return true;
      }
    }
    return false;
  }
}
