/**
 * The `sdnList` XML format (SDN.XML for the SDN list, CONSOLIDATED.XML for the consolidated list;
 * schema: consolidated.xsd / sdn.xsd), recognised by name and root element. Streamed one
 * <sdnEntry> at a time. Its <publshInformation> gives the publication date (Publish_Date) and
 * the file's own <Record_Count>, which is checked against the entries read, so a file cut at an
 * element boundary is caught too.
 */
import { CribaError } from '../../errors.js';
import { monthDayYear } from '../common/calendar-dates.js';
import { childText, readXmlRecords } from '../common/xml-records.js';
import type { SourceFormat } from '../types.js';
import { mapSdnXmlEntry } from './sdn-xml-mapper.js';
import { ofacXmlFormat } from './xml-format.js';

export function ofacSdnXmlFormat(fileNames: readonly string[], description: string): SourceFormat {
  return ofacXmlFormat({
    id: 'sdn-xml',
    description,
    fileNames,
    root: 'sdnList',
    idLabel: '<uid>',
    async *read(file, ctx) {
      let declared: number | undefined;
      let count = 0;
      const records = readXmlRecords(file.path, file.name, {
        roots: ['sdnList'],
        isRecord: (name, ancestors) => ancestors.length === 1 && (name === 'sdnEntry' || name === 'publshInformation'),
      });
      for await (const el of records) {
        if (el.name === 'publshInformation') {
          const n = childText(el, 'Record_Count');
          if (n !== undefined) declared = Number(n);
          const publishedAt = monthDayYear(childText(el, 'Publish_Date'));
          ctx.onMetadata?.({ ...(publishedAt ? { publishedAt } : {}), ...(declared !== undefined ? { declaredCount: declared } : {}) });
          continue;
        }
        count++;
        yield mapSdnXmlEntry(el, ctx, file.name);
      }
      if (count === 0) throw new CribaError('E_EMPTY', 'no <sdnEntry> in the file', { file: file.name });
      if (declared !== undefined && declared !== count) {
        throw new CribaError('E_PARSE', `the file declares ${declared} records (Record_Count) but holds ${count}: it is truncated or damaged`, { file: file.name });
      }
    },
  });
}
