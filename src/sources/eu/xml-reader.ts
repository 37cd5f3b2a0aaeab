/**
 * Reader of the EU Financial Sanctions File XML export 1.1 (fsd export namespace): streams each
 * <sanctionEntity> and names its parts as the XSD does. The root's generationDate is the
 * publication date (`onMetadata`).
 */
import { CribaError } from '../../errors.js';
import { isoCalendarDate } from '../common/calendar-dates.js';
import { childEls, elementToRaw, readXmlRecords, type XmlElement } from '../common/xml-records.js';
import type { SourceMetadata } from '../types.js';
import type { FsfSanctionEntity } from './fsf-record.js';

export const FSF_NAMESPACE = 'http://eu.europa.ec/fpi/fsd/export';

export async function* readFsfXml(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): AsyncGenerator<FsfSanctionEntity> {
  const records = readXmlRecords(path, displayName, {
    roots: ['export'],
    isRecord: (name, ancestors) => name === 'sanctionEntity' && ancestors.at(-1) === 'export',
    onRoot: (attrs) => {
      const publishedAt = isoCalendarDate(attrs.generationDate);
      if (publishedAt) onMetadata?.({ publishedAt });
    },
  });
  for await (const el of records) yield toRecord(el, displayName);
}

function toRecord(el: XmlElement, file: string): FsfSanctionEntity {
  const a = el.attrs;
  if (!a.logicalId) throw new CribaError('E_PARSE', 'sanctionEntity without logicalId', { file, field: 'logicalId' });
  const attrsOf = (name: string) => childEls(el, name).map((c) => nonEmpty(c.attrs));
  const remarks = childEls(el, 'remark').map((r) => r.text).filter(Boolean);
  return {
    logicalId: a.logicalId,
    ...(a.euReferenceNumber ? { euReferenceNumber: a.euReferenceNumber } : {}),
    ...(a.unitedNationId ? { unitedNationId: a.unitedNationId } : {}),
    ...(a.designationDate ? { designationDate: a.designationDate } : {}),
    ...(childEls(el, 'subjectType')[0]?.attrs.code ? { subjectType: childEls(el, 'subjectType')[0]!.attrs.code } : {}),
    programmes: childEls(el, 'regulation').map((r) => r.attrs.programme ?? '').filter(Boolean),
    remarks,
    nameAliases: attrsOf('nameAlias'),
    birthdates: attrsOf('birthdate'),
    citizenships: attrsOf('citizenship'),
    identifications: childEls(el, 'identification').map((c) => ({ ...nonEmpty(c.attrs), ...(childEls(c, 'remark')[0]?.text ? { remark: childEls(c, 'remark')[0]!.text } : {}) })),
    addresses: attrsOf('address'),
    raw: elementToRaw(el),
  };
}

function nonEmpty(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v.trim() !== '') out[k] = v.trim();
  return out;
}
