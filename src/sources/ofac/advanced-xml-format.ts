/**
 * The Advanced XML format (SDN_ADVANCED.XML / CONS_ADVANCED.XML). Parties are mapped as they are
 * streamed; their programs and relationships, which the file lists after all parties, are added
 * at the end, so entities come out once the file is read.
 */
import { CribaError } from '../../errors.js';
import type { Entity } from '../../model/entity.js';
import type { ReadContext, SourceFile, SourceFormat } from '../types.js';
import { completeAdvancedEntity, mapAdvancedParty } from './advanced-xml-mapper.js';
import { emptyTables, readAdvancedXml } from './advanced-xml-reader.js';
import { detectXmlFile } from './xml-detect.js';

export function ofacAdvancedXmlFormat(fileNames: readonly string[], description: string): SourceFormat {
  return {
    id: 'advanced-xml',
    description,
    detect: (files: readonly SourceFile[]) => detectXmlFile(files, fileNames, 'Sanctions'),
    async *read(files: readonly SourceFile[], ctx: ReadContext): AsyncIterable<Entity> {
      const file = files[0]!;
      const tables = emptyTables(file.name);
      const mapped: { entity: Entity; profileIds: string[] }[] = [];
      const byProfile = new Map<string, Entity>();
      const byId = new Set<string>();
      for await (const party of readAdvancedXml(file, tables)) {
        const m = mapAdvancedParty(party, tables, ctx);
        if (byId.has(m.entity.id)) {
          throw new CribaError('E_FORMAT', `DistinctParty ${m.entity.sources[0]!.sourceId} appears twice: the file is damaged`, { file: file.name });
        }
        byId.add(m.entity.id);
        mapped.push(m);
        for (const pid of m.profileIds) byProfile.set(pid, m.entity);
      }
      for (const m of mapped) {
        completeAdvancedEntity(m.entity, m.profileIds, tables, ctx, byProfile);
        yield m.entity;
      }
    },
  };
}
