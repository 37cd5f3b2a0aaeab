/** SEMA XML as a SourceFormat: an .xml whose root is <data-set> holding <record> elements with SEMA fields. */
import { readFileHead, xmlRootName } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { mapSemaRecord } from './xml-mapper.js';
import { readSemaXml, SEMA_ROOT } from './xml-reader.js';

export const semaXmlFormat = singleFileFormat({
  id: 'xml',
  description: 'Canada Consolidated Autonomous Sanctions List XML (sema-lmes.xml)',
  officialName: /sema.*\.xml$/,
  async accepts(file) {
    if (!hasExtension(file, '.xml')) return false;
    const head = await readFileHead(file.path);
    return xmlRootName(head) === SEMA_ROOT && /<(Schedule|Item|DateOfListing|Country)>/.test(head);
  },
  async *read(file, ctx) {
    for await (const record of readSemaXml(file.path, file.path)) yield mapSemaRecord(record, ctx, file.path);
  },
});
