/**
 * OpenSanctions formats: FollowTheMoney JSON lines (entities.ftm.json; read twice — once to
 * gather sanctions, documents, addresses and links, once to build the targets) and the flat
 * targets.simple.csv. Both recognised by content.
 */
import { CribaError } from '../../errors.js';
import { headerCells, readFileHead } from '../common/file-head.js';
import { hasExtension, singleFileFormat } from '../common/single-file-format.js';
import { FtmContext, mapFtmTarget } from './ftm-mapper.js';
import { looksLikeFtm, readFtmLines } from './ftm-reader.js';
import { mapTargetRow } from './targets-csv-mapper.js';
import { looksLikeTargetsCsv, readTargetsCsv } from './targets-csv-reader.js';

export const ftmJsonFormat = singleFileFormat({
  id: 'ftm-json',
  description: 'OpenSanctions FollowTheMoney entities, JSON lines (entities.ftm.json)',
  officialName: /entities\.ftm\.json$/,
  async accepts(file) {
    return hasExtension(file, '.json', '.jsonl', '.ftm') && looksLikeFtm(await readFileHead(file.path, 65536));
  },
  async *read(file, ctx) {
    const ftm = new FtmContext();
    for await (const { entity } of readFtmLines(file.path, file.path)) ftm.collect(entity);
    let screened = 0;
    for await (const { entity } of readFtmLines(file.path, file.path)) {
      const mapped = mapFtmTarget(entity, ftm, ctx);
      if (mapped) {
        screened++;
        yield mapped;
      }
    }
    if (screened === 0) throw new CribaError('E_EMPTY', 'no target Person, Organization, Company, LegalEntity, Vessel or Aircraft in the file', { file: file.path });
  },
});

export const targetsCsvFormat = singleFileFormat({
  id: 'targets-csv',
  description: 'OpenSanctions targets.simple.csv',
  officialName: /targets\.simple\.csv$/,
  async accepts(file) {
    if (!hasExtension(file, '.csv')) return false;
    return looksLikeTargetsCsv(headerCells(await readFileHead(file.path)));
  },
  async *read(file, ctx) {
    for await (const { row } of readTargetsCsv(file.path, file.path)) yield mapTargetRow(row, ctx);
  },
});
