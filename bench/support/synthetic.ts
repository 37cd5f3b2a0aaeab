/**
 * A synthetic list of any size, generated reproducibly (seeded) from the name-part frequencies of
 * the real lists: people get given and family names drawn as often as they occur in the lists,
 * organisations words and legal forms likewise. Used to measure the index at 1,000,000 entities.
 */
import type { Entity, Name, Schema } from '../../src/model/index.js';
import { seededRandom, type Random } from './random.js';

/** Frequencies of name parts by role, from real entities. */
export interface PartFrequencies {
  given: [string, number][];
  family: [string, number][];
  orgWord: [string, number][];
  orgLast: [string, number][];
  /** Share of people among entities. */
  personShare: number;
}

export function partFrequencies(entities: readonly Entity[]): PartFrequencies {
  const given = new Map<string, number>();
  const family = new Map<string, number>();
  const orgWord = new Map<string, number>();
  const orgLast = new Map<string, number>();
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  let people = 0;
  for (const e of entities) {
    const person = e.schema === 'Person';
    if (person) people++;
    for (const n of e.names) {
      if (n.kind === 'weak') continue;
      if (person) {
        const [fam, giv] = n.full.includes(',') ? n.full.split(',', 2) : [n.full.split(/\s+/).slice(-1).join(' '), n.full.split(/\s+/).slice(0, -1).join(' ')];
        for (const w of words(giv ?? '')) bump(given, w);
        for (const w of words(fam ?? '')) bump(family, w);
      } else {
        const ws = words(n.full);
        if (ws.length > 1) bump(orgLast, ws[ws.length - 1]!);
        for (const w of ws.slice(0, -1)) bump(orgWord, w);
      }
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { given: sorted(given), family: sorted(family), orgWord: sorted(orgWord), orgLast: sorted(orgLast), personShare: people / Math.max(1, entities.length) };
}

function words(s: string): string[] {
  return s.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
}

/** Draws from a frequency table in O(log n). */
class Sampler {
  private readonly items: string[];
  private readonly cumulative: Float64Array;
  constructor(table: [string, number][]) {
    this.items = table.map(([w]) => w);
    this.cumulative = new Float64Array(table.length);
    let sum = 0;
    table.forEach(([, n], i) => (this.cumulative[i] = sum += n));
  }
  draw(random: Random): string {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const x = random() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] ?? 'x';
  }
}

// synthetic entities share one frozen empty array per unused field: the index never mutates them
const NONE = Object.freeze([]) as unknown as never[];

export function* syntheticEntities(freq: PartFrequencies, count: number, seed: number): Generator<Entity> {
  const random = seededRandom(seed);
  const given = new Sampler(freq.given);
  const family = new Sampler(freq.family);
  const orgWord = new Sampler(freq.orgWord);
  const orgLast = new Sampler(freq.orgLast);
  for (let i = 0; i < count; i++) {
    const person = random() < freq.personShare;
    const schema: Schema = person ? 'Person' : 'Organization';
    const names: Name[] = [];
    if (person) {
      const fam = random() < 0.3 ? `${family.draw(random)} ${family.draw(random)}` : family.draw(random);
      const giv = random() < 0.4 ? `${given.draw(random)} ${given.draw(random)}` : given.draw(random);
      names.push({ full: `${fam}, ${giv}`, kind: 'primary' });
      if (random() < 0.4) names.push({ full: `${given.draw(random)} ${fam}`, kind: 'alias' });
    } else {
      const n = 1 + Math.floor(random() * 3);
      const ws: string[] = [];
      for (let k = 0; k < n; k++) ws.push(orgWord.draw(random));
      names.push({ full: `${ws.join(' ')} ${orgLast.draw(random)}`, kind: 'primary' });
      if (random() < 0.3) names.push({ full: `${orgWord.draw(random)} ${ws[0]} ${orgLast.draw(random)}`, kind: 'alias' });
    }
    yield {
      id: `synthetic:${i}`,
      schema,
      names,
      birthDates: NONE,
      birthPlaces: NONE,
      nationalities: NONE,
      citizenships: NONE,
      countries: NONE,
      identifiers: NONE,
      addresses: NONE,
      programs: NONE,
      positions: NONE,
      relations: NONE,
      sources: NONE,
    };
  }
}
