/** The UN consolidated XML as a SourceFormat: recognised by its <CONSOLIDATED_LIST> root. */
import { readFileHead, xmlRootName } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { mapUnRecord } from './xml-mapper.js';
import { readUnXml, UN_ROOT } from './xml-reader.js';

export const unXmlFormat = singleFileFormat({
  id: 'xml',
  description: 'UN Security Council Consolidated List XML (consolidated.xml)',
  officialName: /consolidated.*\.xml$/,
  async accepts(file) {
    return hasExtension(file, '.xml') && xmlRootName(await readFileHead(file.path)) === UN_ROOT;
  },
  async *read(file, ctx) {
    for await (const record of readUnXml(file.path, file.path, ctx.onMetadata)) yield mapUnRecord(record, ctx, file.path);
  },
});
