/**
 * Reader of SECO's Swiss sanctions list XML (<swiss-sanctions-list>): <sanctions-program>
 * elements declare programs and their sanctions sets (ssid → program key), then <target>
 * elements reference sets by <sanctions-set-id>. Both are streamed as element trees; targets come
 * out with the program keys of their sets resolved. The root's date is the publication date.
 */
import { isoCalendarDate } from '../common/calendar-dates.js';
import { childEls, childText, readXmlRecords, type XmlElement } from '../common/xml-records.js';
import type { SourceMetadata } from '../types.js';

export const SECO_ROOT = 'swiss-sanctions-list';

export interface SecoTarget {
  element: XmlElement;
  /** English program keys of the target's sanctions sets, e.g. "PPDM". */
  programs: string[];
  /** The list's date attribute. */
  listDate?: string;
}

export async function* readSecoXml(path: string, displayName: string, onMetadata?: (meta: SourceMetadata) => void): AsyncGenerator<SecoTarget> {
  const programOfSet = new Map<string, string>();
  let listDate: string | undefined;
  const records = readXmlRecords(path, displayName, {
    roots: [SECO_ROOT],
    isRecord: (name, ancestors) => ancestors.length === 1 && (name === 'sanctions-program' || name === 'target'),
    onRoot: (attrs) => {
      listDate = attrs.date;
      const publishedAt = isoCalendarDate(listDate);
      if (publishedAt) onMetadata?.({ publishedAt });
    },
  });
  for await (const el of records) {
    if (el.name === 'sanctions-program') {
      const key = childEls(el, 'program-key').find((k) => k.attrs.lang === 'eng')?.text ?? childText(el, 'program-key');
      for (const set of childEls(el, 'sanctions-set')) if (set.attrs.ssid && key) programOfSet.set(set.attrs.ssid, key);
      continue;
    }
    const programs = [...new Set(childEls(el, 'sanctions-set-id').map((s) => programOfSet.get(s.text) ?? s.text))];
    yield { element: el, programs, ...(listDate ? { listDate } : {}) };
  }
}
