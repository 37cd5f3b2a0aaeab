/**
 * The public shapes of document scanning. `ScanResult` is what `criba scan --json` prints and what
 * docs/scanning.md documents: keep it stable (add fields, never rename or remove).
 */
import type { Explanation } from '../match/index.js';
import type { RelationKind, Schema } from '../model/index.js';

export interface ScanOptions {
  /** Minimum matcher score of a full-name mention (default: the matcher's DEFAULT_THRESHOLD). */
  threshold?: number;
  /** Characters of context on each side of a mention (default 60). */
  contextChars?: number;
}

/**
 * How a mention was recognised:
 * - `full`: the listed name or a strong alias, enough on its own ("Osiris Luna Meza", "MS-13");
 * - `coreference`: a shorter form after the entity was named in full ("Luna Meza said…");
 * - `weak`: a weak or common alias, counted because the entity is named in full elsewhere in the
 *   text or an alias cue ("known as", "alias") stands before it.
 */
export type MentionKind = 'full' | 'coreference' | 'weak';

export interface ScanMention {
  /** Offsets into `ScanResult.text` (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** The sentence around the mention, shortened to about `contextChars` on each side. */
  context: string;
  kind: MentionKind;
  /** The listed name this mention matched, as the list writes it. */
  matchedName: string;
  /** Name similarity of this mention to that name, in [0,1]. */
  score: number;
}

export interface RelatedParty {
  /** Entity id of the related party when it is listed (resolved by id or by name). */
  id?: string;
  name: string;
  /** `linked` is OFAC's "Linked To:"; family, associate… as the list says. */
  relation: RelationKind;
  /** The role as the source words it, e.g. "mother", "spouse". */
  role?: string;
  /** `to`: this entity's record names the other party; `from`: the other party's record names this one. */
  direction: 'to' | 'from';
  lists: string[];
  programs: string[];
  /** The related party is itself mentioned in the text. */
  mentioned: boolean;
}

export interface ScanEntity {
  id: string;
  /** Caption: the entity's primary name. */
  name: string;
  schema: Schema;
  lists: string[];
  programs: string[];
  /** The records behind the entity, as `list:sourceId`. */
  sourceIds: string[];
  /** Confidence in [0,1]: the matcher's score of the best mention. */
  score: number;
  mentions: ScanMention[];
  /** The matcher's explanation of the best mention, plus the document evidence in words. */
  explanation: ScanExplanation;
  related: RelatedParty[];
}

export interface ScanExplanation extends Explanation {
  /** One line per piece of evidence: the full mention, coreferences, alias cues. */
  evidence: string[];
}

export interface ScanResult {
  /** Listed entities mentioned in the text, best score first. */
  entities: ScanEntity[];
  /** The text that was scanned (for documents: the extracted text); mention offsets index it. */
  text: string;
}
