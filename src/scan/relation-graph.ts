/**
 * Links between listed parties, both ways. Lists record a link on one side only: OFAC writes
 * "Linked To: LUNA MEZA, Osiris" in the record of his mother, not in his. A scan that finds him
 * must still show her, so every relation is indexed from both ends.
 *
 * Relations name the other party; when the source gives no id, the name is resolved against every
 * listed name (any order of its parts, same folding as everywhere else), preferring the same list.
 */
import { listsOf, type Entity, type Relation } from '../model/index.js';
import { tokenize } from '../normalize/index.js';

export interface RelationEdge {
  /** Index of the other entity, when it is listed. */
  other?: number;
  relation: Relation;
  direction: 'to' | 'from';
}

export class RelationGraph {
  private readonly edges = new Map<number, RelationEdge[]>();

  /**
   * @param byName entity indexes by name key (folded tokens, sorted, joined by spaces); built here
   *   from the entities when not given.
   */
  constructor(entities: readonly Entity[], byName?: Map<string, number[]>) {
    const byId = new Map<string, number>();
    // relations may name a source record (`ofac-sdn:33950`) that a merge folded into another entity
    entities.forEach((e, i) => {
      byId.set(e.id, i);
      for (const s of e.sources) byId.set(`${s.list}:${s.sourceId}`, i);
    });
    entities.forEach((entity, i) => {
      for (const relation of entity.relations) {
        let other = relation.id !== undefined ? byId.get(relation.id) : undefined;
        if (other === undefined) {
          byName ??= nameTable(entities);
          const found = byName.get(nameKey(relation.name)) ?? [];
          const lists = new Set(listsOf(entity));
          other = found.find((o) => o !== i && listsOf(entities[o]!).some((l) => lists.has(l))) ?? found.find((o) => o !== i);
        }
        this.add(i, { other, relation, direction: relation.direction ?? 'to' });
        if (other !== undefined) this.add(other, { other: i, relation, direction: relation.direction === 'from' ? 'to' : 'from' });
      }
    });
  }

  /** Every relation of the entity at this index, recorded on either side. */
  of(index: number): readonly RelationEdge[] {
    return this.edges.get(index) ?? [];
  }

  private add(index: number, edge: RelationEdge): void {
    const list = this.edges.get(index);
    if (list) list.push(edge);
    else this.edges.set(index, [edge]);
  }
}

function nameKey(name: string): string {
  return tokenize(name).sort().join(' ');
}

function nameTable(entities: readonly Entity[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  entities.forEach((e, i) => {
    for (const n of e.names) {
      const key = nameKey(n.full);
      if (!key) continue;
      const list = table.get(key);
      if (!list) table.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return table;
}
