/**
 * The FCDO UK Sanctions List full exports as SourceFormats: `UK-Sanctions-List.xml` (root
 * `<Designations>`), `UK-Sanctions-List.csv` ("Report Date" line, then a header naming Unique ID,
 * Name 6, Name type and Designation Type) and the same rows as an ODS spreadsheet. All are
 * recognised by content as well as by name, and all go through one mapper, so they give the same
 * entities for the same designations.
 */
import { tokenizeCsv } from '../common/csv-tokenizer.js';
import { isZipFile, readFileHead, xmlRootName } from '../common/file-head.js';
import { readOdsRows } from '../common/ods.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { isReportDateLine, looksLikeFcdoHeader, readFcdoCsv } from './csv-reader.js';
import { mapFcdoDesignation } from './designation-mapper.js';
import { FULL_ODS_PREAMBLE, readFcdoFullOds } from './full-ods-reader.js';
import { FCDO_XML_ROOT, readFcdoXml } from './xml-reader.js';

export const fcdoXmlFormat = singleFileFormat({
  id: 'xml',
  description: 'FCDO UK Sanctions List XML (UK-Sanctions-List.xml)',
  officialName: /uk.?sanctions.?list.*\.xml$/,
  async accepts(file) {
    return hasExtension(file, '.xml') && xmlRootName(await readFileHead(file.path)) === FCDO_XML_ROOT;
  },
  async *read(file, ctx) {
    const seen = new Set<string>();
    for await (const designation of readFcdoXml(file.path, file.path, ctx.onMetadata)) {
      // one UniqueID twice would be two entities with one id: keep the first, report the second
      if (seen.has(designation.uniqueId)) {
        ctx.onWarning?.({ file: file.path, record: designation.uniqueId, message: 'UniqueID appears twice: the later <Designation> is skipped' });
        continue;
      }
      seen.add(designation.uniqueId);
      yield mapFcdoDesignation(designation, ctx, file.path);
    }
  },
});

export const fcdoCsvFormat = singleFileFormat({
  id: 'csv',
  description: 'FCDO UK Sanctions List CSV (UK-Sanctions-List.csv)',
  officialName: /uk.?sanctions.?list.*\.csv$/,
  async accepts(file) {
    if (!hasExtension(file, '.csv', '.txt')) return false;
    // the first two lines of the head: "Report Date: …" and the header (or the header alone)
    const head = (await readFileHead(file.path, 16384)).split(/\r?\n/).slice(0, 2).join('\n');
    const rows: string[][] = [];
    for await (const batch of tokenizeCsv([head], file.path)) rows.push(...batch.map((r) => r.fields));
    const header = rows[0] && isReportDateLine(rows[0]) ? rows[1] : rows[0];
    return !!header && looksLikeFcdoHeader(header);
  },
  async *read(file, ctx) {
    const designations = await readFcdoCsv(file.path, file.path, ctx.onMetadata);
    for (const designation of designations) yield mapFcdoDesignation(designation, ctx, file.path);
  },
});

export const fcdoFullOdsFormat = singleFileFormat({
  id: 'full-ods',
  description: 'FCDO UK Sanctions List, full layout as an ODS spreadsheet (the CSV columns)',
  officialName: /uk.?sanctions.?list.*\.ods$/,
  async accepts(file) {
    if (!hasExtension(file, '.ods') || !(await isZipFile(file.path))) return false;
    let seen = 0;
    for await (const row of readOdsRows(file.path, file.path)) {
      if (looksLikeFcdoHeader(row.cells)) return true;
      if (++seen > FULL_ODS_PREAMBLE) return false;
    }
    return false;
  },
  async *read(file, ctx) {
    const designations = await readFcdoFullOds(file.path, file.path, ctx.onMetadata);
    for (const designation of designations) yield mapFcdoDesignation(designation, ctx, file.path);
  },
});
