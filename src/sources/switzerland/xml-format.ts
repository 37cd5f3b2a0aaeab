/** SECO XML as a SourceFormat: an .xml whose root is <swiss-sanctions-list>. */
import { readFileHead, xmlRootName } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { mapSecoTarget } from './xml-mapper.js';
import { readSecoXml, SECO_ROOT } from './xml-reader.js';

export const secoXmlFormat = singleFileFormat({
  id: 'xml',
  description: 'SECO Swiss sanctions list XML (consolidated list)',
  officialName: /seco|swiss|consolidated-list/,
  async accepts(file) {
    return hasExtension(file, '.xml') && xmlRootName(await readFileHead(file.path)) === SECO_ROOT;
  },
  async *read(file, ctx) {
    for await (const target of readSecoXml(file.path, file.path, ctx.onMetadata)) {
      const entity = mapSecoTarget(target, ctx, file.path);
      if (entity) yield entity;
    }
  },
});
