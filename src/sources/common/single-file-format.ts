/**
 * A list format published as one file (UN XML, EU XML, OFSI xlsx, DFAT xlsx, SEMA XML…): detect
 * the file among a folder listing by content (and prefer the official name when several match),
 * read it, and fail with E_EMPTY when it holds no record at all.
 */
import { stat } from 'node:fs/promises';
import { CribaError } from '../../errors.js';
import type { Entity } from '../../model/entity.js';
import type { ReadContext, SourceFile, SourceFormat } from '../types.js';

export interface SingleFileFormatSpec {
  id: string;
  description: string;
  /** Official file names (lower case) or patterns; a match is preferred, not required. */
  officialName: RegExp;
  /** Does this file's content belong to the format? (sniff the first bytes: root element, header row) */
  accepts(file: SourceFile): Promise<boolean>;
  read(file: SourceFile, ctx: ReadContext): AsyncIterable<Entity>;
}

export function singleFileFormat(spec: SingleFileFormatSpec): SourceFormat {
  return {
    id: spec.id,
    description: spec.description,
    async detect(files) {
      const ordered = [...files].sort((a, b) => Number(spec.officialName.test(b.name.toLowerCase())) - Number(spec.officialName.test(a.name.toLowerCase())));
      for (const file of ordered) {
        if (await spec.accepts(file).catch(() => false)) return [file];
      }
      return undefined;
    },
    async *read(files, ctx) {
      const file = files[0];
      if (!file) throw new CribaError('E_INPUT', `${spec.description}: no file given`, { list: ctx.list });
      if ((await stat(file.path)).size === 0) throw new CribaError('E_EMPTY', 'file is empty', { file: file.path, list: ctx.list });
      let count = 0;
      for await (const entity of spec.read(file, ctx)) {
        count++;
        yield entity;
      }
      if (count === 0) throw new CribaError('E_EMPTY', `no records found (${spec.description})`, { file: file.path, list: ctx.list });
    },
  };
}

/** File name ends with one of these extensions (case-insensitive)? */
export function hasExtension(file: SourceFile, ...extensions: string[]): boolean {
  const name = file.name.toLowerCase();
  return extensions.some((e) => name.endsWith(e));
}
