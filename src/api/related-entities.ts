/**
 * The parties an entity is linked to, both ways: the relations it records ("Linked To: X") and the
 * entities whose relations point at it. A relation without an id is resolved by its name against
 * every listed name, so OFAC's free-text links become clickable. Built once per dataset, lazily.
 */
import { foldText } from '../normalize/index.js';
import { listsOf, type Entity, type RelationKind } from '../model/index.js';
import type { ServedDataset } from './backend.js';

export interface RelatedEntity {
  kind: RelationKind;
  role?: string;
  direction: 'to' | 'from';
  name: string;
  id?: string;
  schema?: string;
  lists?: string[];
}

type Graph = Map<string, RelatedEntity[]>;

const graphs = new WeakMap<ServedDataset, Graph>();

export function relatedEntities(dataset: ServedDataset, entity: Entity): RelatedEntity[] {
  let graph = graphs.get(dataset);
  if (!graph) {
    graph = buildGraph(dataset);
    graphs.set(dataset, graph);
  }
  return graph.get(entity.id) ?? [];
}

function buildGraph(dataset: ServedDataset): Graph {
  const byName = new Map<string, Entity[]>();
  for (const e of dataset.entities) {
    for (const n of e.names) {
      const key = foldText(n.full);
      const seen = byName.get(key);
      if (!seen) byName.set(key, [e]);
      else if (!seen.includes(e)) seen.push(e);
    }
  }
  const graph: Graph = new Map();
  const add = (id: string, r: RelatedEntity) => {
    const list = graph.get(id);
    if (!list) graph.set(id, [r]);
    else if (!list.some((x) => x.id === r.id && x.name === r.name && x.direction === r.direction)) list.push(r);
  };
  for (const e of dataset.entities) {
    for (const rel of e.relations) {
      const known = rel.id ? dataset.get(rel.id) : undefined;
      const candidates = known ? [known] : (byName.get(foldText(rel.name)) ?? []).filter((c) => c.id !== e.id);
      // an ambiguous name stays unresolved rather than pointing at the wrong party
      const other = candidates.length === 1 ? candidates[0] : undefined;
      const direction = rel.direction ?? 'to';
      add(e.id, {
        kind: rel.kind,
        ...(rel.role ? { role: rel.role } : {}),
        direction,
        name: rel.name,
        ...(other ? { id: other.id, schema: other.schema, lists: listsOf(other) } : rel.id ? { id: rel.id } : {}),
      });
      if (other) {
        add(other.id, {
          kind: rel.kind,
          ...(rel.role ? { role: rel.role } : {}),
          direction: direction === 'to' ? 'from' : 'to',
          name: e.names[0]?.full ?? e.id,
          id: e.id,
          schema: e.schema,
          lists: listsOf(e),
        });
      }
    }
  }
  return graph;
}
