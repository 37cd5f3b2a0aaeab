/**
 * Record-at-a-time XML: stream a list file with saxes (through `parseXml`) and hand back each
 * record element (a UN <INDIVIDUAL>, an EU <sanctionEntity>, a SECO <target>) as a small element
 * tree. Only one record is held in memory at a time — never a DOM of the whole list — while
 * mappers still read a record as naturally as a DOM. The one record-tree reader of every XML list.
 */
import type { SaxesTagPlain } from 'saxes';
import { CribaError } from '../../errors.js';
import { localName, parseXml, type XmlHandlers } from './xml.js';

export interface XmlElement {
  /** Local name (namespace prefix dropped). */
  name: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  /** The element's own text, trimmed. */
  text: string;
  children: XmlElement[];
}

export interface XmlRecordOptions {
  /** Local names the root element may have; anything else is E_FORMAT (wrong file). */
  roots: readonly string[];
  /** Is an element with this local name, under these open ancestors, one record? */
  isRecord(name: string, ancestors: readonly string[]): boolean;
  /** Attributes of the root element, once it is seen (e.g. UN dateGenerated). */
  onRoot?(attrs: Record<string, string>): void;
}

/** Stream the records of an XML list file as element trees. */
export function readXmlRecords(path: string, displayName: string, opts: XmlRecordOptions): AsyncGenerator<XmlElement> {
  const collector = collectXmlRecords({ ...opts, displayName });
  return parseXml(path, displayName, collector.handlers, collector.drain);
}

export interface XmlRecordCollector {
  /** Handlers to feed to `parseXml` / `parseXmlStream`. */
  handlers: XmlHandlers;
  /** Records completed since the last call. */
  drain(): XmlElement[];
}

/**
 * The record trees as parser handlers, for XML that is not a plain file (an entry streamed out of
 * a zip, as OFAC's Enhanced XML): feed `handlers` to `parseXmlStream` and `drain` the records.
 */
export function collectXmlRecords(opts: XmlRecordOptions & { displayName: string }): XmlRecordCollector {
  const done: XmlElement[] = [];
  // the record being built: stack of its open elements (empty when outside any record)
  const open: XmlElement[] = [];
  let depth = 0;
  const handlers: XmlHandlers = {
    open(tag: SaxesTagPlain, ancestors: readonly string[]) {
      const name = localName(tag.name);
      if (depth === 0) {
        if (!opts.roots.includes(name)) {
          throw new CribaError('E_FORMAT', `root element is <${name}>, expected <${opts.roots.join('> or <')}>`, { file: opts.displayName });
        }
        opts.onRoot?.(attributes(tag));
      }
      depth++;
      if (open.length === 0 && !opts.isRecord(name, ancestors)) return;
      const el: XmlElement = { name, attrs: attributes(tag), text: '', children: [] };
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

function attributes(tag: SaxesTagPlain): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tag.attributes)) out[localName(k)] = String(v);
  return out;
}

export function childEl(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function childEls(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Trimmed text of the first child with this name; undefined when absent or empty. */
export function childText(el: XmlElement, name: string): string | undefined {
  const t = childEl(el, name)?.text;
  return t ? t : undefined;
}

/** Texts of every child with this name, empty ones dropped. */
export function childTexts(el: XmlElement, name: string): string[] {
  return childEls(el, name)
    .map((c) => c.text)
    .filter((t) => t !== '');
}

/** An element tree as a plain JSON object (for SourceRef.raw): repeated children become arrays. */
export function elementToRaw(el: XmlElement): Record<string, unknown> {
  const out: Record<string, unknown> = { ...el.attrs };
  if (el.text && el.children.length === 0 && Object.keys(el.attrs).length === 0) return { _text: el.text };
  if (el.text) out._text = el.text;
  for (const c of el.children) {
    const value = c.children.length === 0 && Object.keys(c.attrs).length === 0 ? c.text : elementToRaw(c);
    if (value === '' ) continue;
    const prev = out[c.name];
    if (prev === undefined) out[c.name] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[c.name] = [prev, value];
  }
  return out;
}
