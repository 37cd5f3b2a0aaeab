/**
 * What OFAC's three XML formats (sdnList XML, Enhanced XML, Advanced XML) share around their own
 * readers: recognising the file, and refusing a file that lists one party twice.
 *
 * Files are recognised by official name, then by root element, because other lists publish files
 * of the same name (the UN's download is also called consolidated.xml). A file whose head shows
 * another root element is not claimed; an empty or unreadable head is (reading it then reports
 * E_EMPTY or E_PARSE, which tells the user more than "no file recognised").
 */
import { CribaError } from '../../errors.js';
import type { Entity } from '../../model/entity.js';
import { readFileHead, xmlRootName } from '../common/file-head.js';
import type { ReadContext, SourceFile, SourceFormat } from '../types.js';

export interface OfacXmlFormatSpec {
  id: string;
  description: string;
  /** Official file names, lower case. */
  fileNames: readonly string[];
  /** Root element's local name to check in the file head; omitted for a zip (checked on reading). */
  root?: string;
  /** How a party's id is named in the "appears twice" error, e.g. `<uid>`, `DistinctParty`. */
  idLabel: string;
  /** The entities of the main file, as the format's own reader and mapper give them. */
  read(file: SourceFile, ctx: ReadContext): AsyncIterable<Entity>;
}

export function ofacXmlFormat(spec: OfacXmlFormatSpec): SourceFormat {
  return {
    id: spec.id,
    description: spec.description,
    detect: (files) => (spec.root ? detectXmlFile(files, spec.fileNames, spec.root) : detectByName(files, spec.fileNames)),
    async *read(files, ctx) {
      const file = files[0]!;
      const ids = new Set<string>();
      for await (const entity of spec.read(file, ctx)) {
        if (ids.has(entity.id)) {
          throw new CribaError('E_FORMAT', `${spec.idLabel} ${entity.sources[0]!.sourceId} appears twice: the file is damaged`, { file: file.name });
        }
        ids.add(entity.id);
        yield entity;
      }
    },
  };
}

async function detectByName(files: readonly SourceFile[], fileNames: readonly string[]): Promise<SourceFile[] | undefined> {
  const f = files.find((x) => fileNames.includes(x.name.toLowerCase()));
  return f ? [f] : undefined;
}

export async function detectXmlFile(files: readonly SourceFile[], fileNames: readonly string[], root: string): Promise<SourceFile[] | undefined> {
  for (const f of files) {
    if (!fileNames.includes(f.name.toLowerCase())) continue;
    let head = '';
    try {
      head = await readFileHead(f.path, 4096);
    } catch {
      return [f]; // unreadable here: let read() report it with the file name
    }
    const found = xmlRootName(head);
    if (found === undefined || found === root) return [f];
  }
  return undefined;
}
