/**
 * The one interface every list adapter implements. A list (OFAC SDN, UN, EU…) is published in one
 * or more official formats; each format is a `SourceFormat` that recognises its files and reads them
 * as a stream of entities. Knowing one adapter folder means knowing them all:
 *
 *   src/sources/<list>/definition.ts  the ListDefinition: id, authority, URLs, licence, formats
 *   src/sources/<list>/<format>-reader.ts  bytes → raw records named as the source names them
 *   src/sources/<list>/<format>-mapper.ts  raw record → Entity (pure)
 */
import type { Entity } from '../model/index.js';

/** One file on disk that may belong to a list. */
export interface SourceFile {
  /** Base name as found, e.g. `sdn.csv`, `CONS_ENHANCED.ZIP`. */
  name: string;
  /** Absolute or relative path, used in error messages. */
  path: string;
  size: number;
}

/** Something odd but not fatal in a list file, e.g. a Remarks fragment nobody could parse. */
export interface SourceWarning {
  file: string;
  line?: number;
  record?: string;
  message: string;
}

export interface ReadContext {
  /** The list id being read, e.g. `ofac-sdn`; mappers build entity ids from it. */
  list: string;
  onWarning?: (warning: SourceWarning) => void;
  /** Facts about the file as a whole, e.g. the publication date the authority printed in it. */
  onMetadata?: (meta: SourceMetadata) => void;
}

export interface SourceMetadata {
  /** Publication date as the file states it (ISO date), e.g. OFAC's Publish_Date, UN's dateGenerated. */
  publishedAt?: string;
  /** The record count the file declares about itself, when it does. */
  declaredCount?: number;
}

export interface SourceFormat {
  /** Short id, e.g. `csv`, `sdn-xml`, `advanced-xml`, `enhanced-zip`. */
  id: string;
  description: string;
  /**
   * Pick this format's files out of a folder listing (by official file name, and by sniffing the
   * first bytes where names are ambiguous). Returns undefined when the format is not present.
   * The first file returned is the main one.
   */
  detect(files: readonly SourceFile[]): Promise<SourceFile[] | undefined>;
  /** Stream the entities. Throws CribaError (E_PARSE, E_FORMAT, E_ENCODING, E_EMPTY) naming the file. */
  read(files: readonly SourceFile[], ctx: ReadContext): AsyncIterable<Entity>;
}

export interface Download {
  url: string;
  /** Name to save the download under; it must be a name that `detect` recognises. */
  file: string;
}

export interface ListDefinition {
  /** Stable id used in entity ids and snapshots, e.g. `ofac-sdn`. */
  id: string;
  title: string;
  authority: string;
  /** Official download URLs of the preferred format. */
  downloads: Download[];
  /** Licence / terms of reuse note. */
  licence: string;
  /** Formats in order of preference: when several are present, the first detected one is read. */
  formats: SourceFormat[];
  /** Whether `criba update` without arguments fetches this list. */
  defaultEnabled: boolean;
}
