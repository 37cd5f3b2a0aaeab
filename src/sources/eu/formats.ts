/**
 * EU FSF formats: the XML export 1.1 (root <export> in the fsd export namespace) and the CSV 1.1
 * (semicolon-separated, header with Entity_LogicalId and NameAlias_WholeName).
 */
import { headerCells, readFileHead, xmlRootName } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { readFsfCsv, looksLikeFsfCsv } from './csv-reader.js';
import { mapFsfEntity } from './fsf-mapper.js';
import { FSF_NAMESPACE, readFsfXml } from './xml-reader.js';

export const fsfXmlFormat = singleFileFormat({
  id: 'xml',
  description: 'EU Financial Sanctions File XML export 1.1 (xmlFullSanctionsList_1_1)',
  officialName: /sanctions.*\.xml$|^export.*\.xml$|fsf.*\.xml$/,
  async accepts(file) {
    if (!hasExtension(file, '.xml')) return false;
    const head = await readFileHead(file.path);
    return xmlRootName(head) === 'export' && head.includes(FSF_NAMESPACE);
  },
  async *read(file, ctx) {
    // a logicalId seen twice (the 2020 sample has one) would be two entities with one id: keep the first
    const seen = new Set<string>();
    for await (const record of readFsfXml(file.path, file.path, ctx.onMetadata)) {
      if (seen.has(record.logicalId)) {
        ctx.onWarning?.({ file: file.path, record: record.logicalId, message: `sanctionEntity logicalId ${record.logicalId} appears again; kept the first` });
        continue;
      }
      seen.add(record.logicalId);
      yield mapFsfEntity(record, ctx);
    }
  },
});

export const fsfCsvFormat = singleFileFormat({
  id: 'csv',
  description: 'EU Financial Sanctions File CSV 1.1 (csvFullSanctionsList_1_1), semicolon-separated',
  officialName: /sanctions.*\.csv$|fsf.*\.csv$/,
  async accepts(file) {
    if (!hasExtension(file, '.csv', '.txt')) return false;
    return looksLikeFsfCsv(headerCells(await readFileHead(file.path, 8192), ';'));
  },
  async *read(file, ctx) {
    for (const record of await readFsfCsv(file.path, file.path)) yield mapFsfEntity(record, ctx);
  },
});
