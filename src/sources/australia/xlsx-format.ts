/** The DFAT Consolidated List xlsx as a SourceFormat: an xlsx whose header row is DFAT's. */
import { isZipFile } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { readXlsxHead } from '../common/xlsx.js';
import { mapDfatGroup } from './xlsx-mapper.js';
import { looksLikeDfat, readDfatXlsx } from './xlsx-reader.js';

export const dfatXlsxFormat = singleFileFormat({
  id: 'xlsx',
  description: 'DFAT Consolidated List spreadsheet (regulation8_consolidated.xlsx)',
  officialName: /regulation8.*\.xlsx$/,
  async accepts(file) {
    if (!hasExtension(file, '.xlsx') || !(await isZipFile(file.path))) return false;
    const [header] = await readXlsxHead(file.path, file.path, 1);
    return !!header && looksLikeDfat(header.map((c) => c.trim()));
  },
  async *read(file, ctx) {
    for (const group of await readDfatXlsx(file.path, file.path)) yield mapDfatGroup(group, ctx, file.path);
  },
});
