/**
 * The Advanced XML format (SDN_ADVANCED.XML / CONS_ADVANCED.XML). Parties are mapped as they are
 * streamed; their programs and relationships, which the file lists after all parties, are added
 * at the end, so entities come out once the file is read. The file's <DateOfIssue> is its
 * publication date.
 */
import type { Entity } from '../../model/entity.js';
import type { SourceFormat } from '../types.js';
import { completeAdvancedEntity, mapAdvancedParty } from './advanced-xml-mapper.js';
import { emptyTables, readAdvancedXml } from './advanced-xml-reader.js';
import { ofacXmlFormat } from './xml-format.js';

export function ofacAdvancedXmlFormat(fileNames: readonly string[], description: string): SourceFormat {
  return ofacXmlFormat({
    id: 'advanced-xml',
    description,
    fileNames,
    root: 'Sanctions',
    idLabel: 'DistinctParty',
    async *read(file, ctx) {
      const tables = emptyTables(file.name);
      const mapped: { entity: Entity; profileIds: string[] }[] = [];
      const byProfile = new Map<string, Entity>();
      for await (const party of readAdvancedXml(file, tables)) {
        const m = mapAdvancedParty(party, tables, ctx);
        mapped.push(m);
        for (const pid of m.profileIds) byProfile.set(pid, m.entity);
      }
      if (tables.dateOfIssue && /^\d{4}-\d{2}-\d{2}$/.test(tables.dateOfIssue)) ctx.onMetadata?.({ publishedAt: tables.dateOfIssue });
      for (const m of mapped) {
        completeAdvancedEntity(m.entity, m.profileIds, tables, ctx, byProfile);
        yield m.entity;
      }
    },
  });
}
