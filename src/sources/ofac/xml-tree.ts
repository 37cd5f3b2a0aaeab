/**
 * Record-at-a-time element trees over any XML text source, for the OFAC formats that are not plain
 * files (the Enhanced XML inside its zip). Same shape as common/xml-records (XmlElement), so the
 * same child helpers read them. Only the current record is held in memory.
 */
import type { SaxesTagPlain } from 'saxes';
import { CribaError } from '../../errors.js';
import type { XmlElement } from '../common/xml-records.js';
import { localName, type XmlHandlers } from '../common/xml.js';

export interface RecordCollector {
  handlers: XmlHandlers;
  /** Records completed since the last call. */
  drain(): XmlElement[];
}

/** Collect elements for which `isRecord(name, ancestors)` holds; check the root element's name. */
export function collectRecords(roots: readonly string[], displayName: string, isRecord: (name: string, ancestors: readonly string[]) => boolean): RecordCollector {
  const done: XmlElement[] = [];
  const open: XmlElement[] = [];
  let depth = 0;
  const handlers: XmlHandlers = {
    open(tag: SaxesTagPlain, ancestors: readonly string[]) {
      const name = localName(tag.name);
      if (depth === 0 && !roots.includes(name)) {
        throw new CribaError('E_FORMAT', `root element is <${name}>, expected <${roots.join('> or <')}>`, { file: displayName });
      }
      depth++;
      if (open.length === 0 && !isRecord(name, ancestors)) return;
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = String(v);
      const el: XmlElement = { name, attrs, text: '', children: [] };
      open.at(-1)?.children.push(el);
      open.push(el);
    },
    close(_name: string, text: string) {
      depth--;
      const el = open.pop();
      if (!el) return;
      el.text = text;
      if (open.length === 0) done.push(el);
    },
  };
  return { handlers, drain: () => done.splice(0) };
}
