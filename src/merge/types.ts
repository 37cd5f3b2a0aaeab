/**
 * What cross-list merging returns: the merged entities and, for each merged entity, a record that
 * says which source entities it joined and on what evidence — so an analyst can defend (or undo)
 * every merge.
 */
import type { Entity } from '../model/entity.js';

export type EvidenceKind = 'identifier' | 'list-reference' | 'name-dob-nationality';

/** One reason two source entities were joined. */
export interface MergeEvidence {
  kind: EvidenceKind;
  /** The two source entity ids the evidence links. */
  between: [string, string];
  /** Human-readable: `passport A04056212 (SV)`, `UN reference QDi.001`, `name "osiris luna meza" + DOB 1989-02-08 + nationality SV`. */
  description: string;
}

export interface MergeRecord {
  /** The merged entity's id: `criba:<hash of its member ids>`. */
  id: string;
  /** Source entity ids joined, sorted; each stays addressable through the merged entity's `sources`. */
  members: string[];
  evidence: MergeEvidence[];
}

/** A merge that the evidence suggested but a conflict prevented (reported so it can be reviewed). */
export interface RefusedMerge {
  between: [string, string];
  evidence: string;
  conflict: string;
}

export interface MergeResult {
  /** Merged entities plus every entity that was not merged, unchanged, in input order of first member. */
  entities: Entity[];
  merges: MergeRecord[];
  refused: RefusedMerge[];
}
