/**
 * Candidate retrieval and scoring over a set of entities. This first version scores every entity
 * (exhaustive scan); the fuzzy candidate index replaces the scan without changing this interface.
 */
import { captionOf, listsOf, type Entity } from '../model/index.js';
import { DEFAULT_THRESHOLD, matchEntity, prepareEntity, prepareQuery } from '../match/index.js';
import type { Explanation, PreparedEntity, ScreenQuery } from '../match/index.js';

export interface ScreenOptions {
  /** Maximum hits returned. */
  limit?: number;
  /** Minimum score of a hit. */
  threshold?: number;
}

/** One hit: the public JSON shape of a screening result. */
export interface Hit {
  id: string;
  name: string;
  schema: string;
  score: number;
  lists: string[];
  programs: string[];
  /** The records behind the hit, as `list:sourceId`. */
  sourceIds: string[];
  explanation: Explanation;
}

export class ScreeningIndex {
  readonly size: number;
  private readonly prepared: PreparedEntity[];
  private readonly byId: Map<string, PreparedEntity>;

  constructor(entities: Iterable<Entity>) {
    this.prepared = [];
    for (const e of entities) this.prepared.push(prepareEntity(e));
    this.byId = new Map(this.prepared.map((p) => [p.entity.id, p]));
    this.size = this.prepared.length;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id)?.entity;
  }

  screen(query: ScreenQuery, opts: ScreenOptions = {}): Hit[] {
    const limit = opts.limit ?? 10;
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const q = prepareQuery(query);
    if (q.tokens.length === 0 && q.identifierKeys.length === 0) return [];
    const hits: Hit[] = [];
    for (const c of this.prepared) {
      const r = matchEntity(q, c);
      if (r.score < threshold) continue;
      hits.push(toHit(c.entity, r.score, r.explanation));
    }
    hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return hits.slice(0, limit);
  }
}

export function toHit(entity: Entity, score: number, explanation: Explanation): Hit {
  return {
    id: entity.id,
    name: captionOf(entity),
    schema: entity.schema,
    score,
    lists: listsOf(entity),
    programs: entity.programs,
    sourceIds: entity.sources.map((s) => `${s.list}:${s.sourceId}`),
    explanation,
  };
}
