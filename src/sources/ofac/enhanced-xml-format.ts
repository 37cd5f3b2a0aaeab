/**
 * The Enhanced XML format: SDN_ENHANCED.ZIP / CONS_ENHANCED.ZIP, a zip holding one XML file
 * (<sanctionsData>). The XML entry is streamed out of the zip (yauzl) straight into saxes, one
 * <entity> at a time; nothing is unpacked to disk. Its <publicationInfo><dataAsOf> is the
 * publication date.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { CribaError } from '../../errors.js';
import { isoCalendarDate } from '../common/calendar-dates.js';
import { parseXmlStream } from '../common/xml.js';
import { childText, collectXmlRecords } from '../common/xml-records.js';
import type { SourceFile, SourceFormat } from '../types.js';
import { mapEnhancedEntity } from './enhanced-xml-mapper.js';
import { ofacXmlFormat } from './xml-format.js';

/** Open the zip and stream its (first) .xml entry. */
async function openXmlEntry(file: SourceFile): Promise<{ stream: Readable; entryName: string; close: () => void }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(file.path, { lazyEntries: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z!)));
  }).catch((err: unknown) => {
    throw new CribaError('E_FORMAT', `not a readable zip archive (OFAC's Enhanced XML comes zipped): ${(err as Error).message}`, { file: file.name }, { cause: err });
  });
  try {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => (/\.xml$/i.test(e.fileName) ? resolve(e) : zip.readEntry()));
      zip.on('end', () => resolve(undefined));
      zip.on('error', reject);
      zip.readEntry();
    });
    if (!entry) throw new CribaError('E_FORMAT', 'the zip holds no .xml file', { file: file.name });
    const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s!))));
    return { stream, entryName: entry.fileName, close: () => zip.close() };
  } catch (err) {
    zip.close();
    if (err instanceof CribaError) throw err;
    throw new CribaError('E_PARSE', `zip archive unreadable: ${(err as Error).message}`, { file: file.name }, { cause: err });
  }
}

export function ofacEnhancedXmlFormat(fileNames: readonly string[], description: string): SourceFormat {
  return ofacXmlFormat({
    id: 'enhanced-xml',
    description,
    fileNames,
    idLabel: 'entity id',
    async *read(file, ctx) {
      if (file.size === 0) throw new CribaError('E_EMPTY', 'the file is empty', { file: file.name });
      const { stream, entryName, close } = await openXmlEntry(file);
      const displayName = `${file.name}:${entryName}`;
      const collector = collectXmlRecords({
        roots: ['sanctionsData'],
        displayName,
        isRecord: (name, ancestors) => (name === 'entity' && ancestors.at(-1) === 'entities') || (name === 'publicationInfo' && ancestors.length === 1),
      });
      let count = 0;
      try {
        for await (const el of parseXmlStream(stream, displayName, collector.handlers, collector.drain)) {
          if (el.name === 'publicationInfo') {
            const publishedAt = isoCalendarDate(childText(el, 'dataAsOf'));
            if (publishedAt) ctx.onMetadata?.({ publishedAt });
            continue;
          }
          count++;
          yield mapEnhancedEntity(el, ctx, displayName);
        }
      } catch (err) {
        if (err instanceof CribaError) throw err;
        // yauzl reports a cut or corrupt archive as a stream error
        throw new CribaError('E_PARSE', `zip archive unreadable: ${(err as Error).message}`, { file: file.name }, { cause: err });
      } finally {
        stream.destroy();
        close();
      }
      if (count === 0) throw new CribaError('E_EMPTY', 'no <entity> in the file', { file: displayName });
    },
  });
}
