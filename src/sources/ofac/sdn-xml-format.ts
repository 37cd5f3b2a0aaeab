/**
 * The `sdnList` XML format (SDN.XML for the SDN list, CONSOLIDATED.XML for the consolidated list;
 * schema: consolidated.xsd / sdn.xsd), recognised by name and root element. Streamed one <sdnEntry> at a time; the file's own
 * <Record_Count> is checked against the entries read, so a file cut at an element boundary is
 * caught too.
 */
import { CribaError } from '../../errors.js';
import type { Entity } from '../../model/entity.js';
import { childText, readXmlRecords } from '../common/xml-records.js';
import type { ReadContext, SourceFile, SourceFormat } from '../types.js';
import { mapSdnXmlEntry } from './sdn-xml-mapper.js';
import { detectXmlFile } from './xml-detect.js';

export function ofacSdnXmlFormat(fileNames: readonly string[], description: string): SourceFormat {
  return {
    id: 'sdn-xml',
    description,
    detect: (files: readonly SourceFile[]) => detectXmlFile(files, fileNames, 'sdnList'),
    async *read(files: readonly SourceFile[], ctx: ReadContext): AsyncIterable<Entity> {
      const file = files[0]!;
      let declared: number | undefined;
      let count = 0;
      const ids = new Set<string>();
      const records = readXmlRecords(file.path, file.name, {
        roots: ['sdnList'],
        isRecord: (name, ancestors) => ancestors.length === 1 && (name === 'sdnEntry' || name === 'publshInformation'),
      });
      for await (const el of records) {
        if (el.name === 'publshInformation') {
          const n = childText(el, 'Record_Count');
          if (n !== undefined) declared = Number(n);
          continue;
        }
        count++;
        const entity = mapSdnXmlEntry(el, ctx, file.name);
        if (ids.has(entity.id)) throw new CribaError('E_FORMAT', `<uid> ${entity.sources[0]!.sourceId} appears twice: the file is damaged`, { file: file.name });
        ids.add(entity.id);
        yield entity;
      }
      if (count === 0) throw new CribaError('E_EMPTY', 'no <sdnEntry> in the file', { file: file.name });
      if (declared !== undefined && declared !== count) {
        throw new CribaError('E_PARSE', `the file declares ${declared} records (Record_Count) but holds ${count}: it is truncated or damaged`, { file: file.name });
      }
    },
  };
}
