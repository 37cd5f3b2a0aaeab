/**
 * The publication date (and declared record count) each format reports through
 * `ReadContext.onMetadata`, from the place its file states it: OFAC sdnList XML Publish_Date and
 * Record_Count, Enhanced XML dataAsOf, Advanced XML DateOfIssue, UN dateGenerated, EU
 * generationDate, SECO's root date, OFSI's "Last Updated" line. Formats whose files state no date
 * report none (never the file's modification time or a guess).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listById } from '../../src/sources/registry.js';
import type { SourceMetadata } from '../../src/sources/types.js';
import { describeWithLists, listPath } from '../support/data.js';
import { readList } from '../support/read-list.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

async function metadataOf(list: string, ...paths: string[]): Promise<SourceMetadata> {
  return (await readList(listById(list)!, ...paths)).metadata;
}

describe('publication date from hand-written fixtures', () => {
  it.each([
    ['ofac-sdn', 'ofac/sdn-xml/SDN.XML', { publishedAt: '2026-01-15', declaredCount: 3 }],
    ['ofac-cons', 'ofac/enhanced/CONS_ENHANCED.ZIP', { publishedAt: '2026-01-15' }],
    ['ofac-sdn', 'ofac/advanced/SDN_ADVANCED.XML', { publishedAt: '2026-01-15' }],
    ['un-sc', 'un/consolidated.xml', { publishedAt: '2026-01-02' }],
    ['eu-fsf', 'eu/export.xml', { publishedAt: '2026-01-02' }],
    ['ch-seco', 'switzerland/consolidated-list.xml', { publishedAt: '2026-01-02' }],
    ['uk-ofsi', 'uk-ofsi/ConList.csv', { publishedAt: '2026-01-02' }],
    ['uk-ofsi', 'uk-ofsi/ConList.xlsx', { publishedAt: '2026-01-02' }], // "Last Updated" as a date serial
  ] as const)('%s %s', async (list, file, expected) => {
    expect(await metadataOf(list, join(FIXTURES, file))).toEqual(expected);
  });

  it.each([
    ['ofac-sdn', 'ofac/csv/sdn.csv'],
    ['ca-sema', 'canada/sema-lmes.xml'],
    ['uk-fcdo', 'uk-fcdo/UK_Sanctions_List.ods'],
    ['au-dfat', 'australia/regulation8_consolidated.xlsx'],
    ['us-bis-dpl', 'us-bis-dpl/dpl.txt'],
    ['opensanctions', 'opensanctions/entities.ftm.json'],
  ] as const)('%s %s states no date and reports none', async (list, file) => {
    expect(await metadataOf(list, join(FIXTURES, file))).toEqual({});
  });
});

// dates checked by hand against each file's own header
const REAL: [list: string, file: string, expected: SourceMetadata][] = [
  ['ofac-cons', 'ofac/cons-xml-2025-03-28/consolidated.xml', { publishedAt: '2025-03-28', declaredCount: 443 }], // <Publish_Date>03/28/2025
  ['ofac-cons', 'ofac/cons-enhanced-2025-01-10/CONS_ENHANCED.ZIP', { publishedAt: '2025-01-10' }], // <dataAsOf>2025-01-10T00:00:00
  ['ofac-cons', 'ofac/cons-advanced-2020-03-17/cons_advanced.xml', { publishedAt: '2020-03-17' }], // <DateOfIssue> 2020 3 17
  ['un-sc', 'un/consolidated_2026-02-27.xml', { publishedAt: '2026-02-27' }], // dateGenerated="2026-02-27T00:00:09.554Z"
  ['un-sc', 'un/sample_unsc_2024-10-17.xml', { publishedAt: '2024-10-17' }],
  ['eu-fsf', 'eu/sample_eu_2020-04-15.xml', { publishedAt: '2020-04-15' }], // generationDate="2020-04-15T15:29:22.497+02:00"
  ['ch-seco', 'switzerland/seco_sample_2024-01-17.xml', { publishedAt: '2024-01-17' }], // date="2024-01-17"
  ['uk-ofsi', 'uk/ConList_sample_2020-04-27.csv', { publishedAt: '2020-04-27' }], // Last Updated,27/04/2020
];

describeWithLists(
  'publication date from the real files',
  REAL.map(([, file]) => file),
  () => {
    it.each(REAL)('%s %s', async (list, file, expected) => {
      expect(await metadataOf(list, listPath(file))).toEqual(expected);
    });
  },
);
