/**
 * Reader of the UN Security Council Consolidated List XML (schema sc-sanctions.xsd): streams each
 * <INDIVIDUAL> and <ENTITY> as an element tree named as the UN names it. The root's dateGenerated
 * is the publication date (`onMetadata`).
 */
import { isoCalendarDate } from '../common/calendar-dates.js';
import { readXmlRecords, type XmlElement } from '../common/xml-records.js';
import type { SourceMetadata } from '../types.js';

export const UN_ROOT = 'CONSOLIDATED_LIST';

export interface UnRecord {
  kind: 'INDIVIDUAL' | 'ENTITY';
  element: XmlElement;
  /** The list's dateGenerated attribute. */
  dateGenerated?: string;
}

export async function* readUnXml(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): AsyncGenerator<UnRecord> {
  let dateGenerated: string | undefined;
  const records = readXmlRecords(path, displayName, {
    roots: [UN_ROOT],
    isRecord: (name, ancestors) =>
      (name === 'INDIVIDUAL' && ancestors.at(-1) === 'INDIVIDUALS') || (name === 'ENTITY' && ancestors.at(-1) === 'ENTITIES'),
    onRoot: (attrs) => {
      dateGenerated = attrs.dateGenerated;
      const publishedAt = isoCalendarDate(dateGenerated);
      if (publishedAt) onMetadata?.({ publishedAt });
    },
  });
  for await (const element of records) {
    yield { kind: element.name as UnRecord['kind'], element, ...(dateGenerated ? { dateGenerated } : {}) };
  }
}
