/**
 * Recognising OFAC's XML files: by official name, then by root element, because other lists
 * publish files of the same name (the UN's download is also called consolidated.xml). A file whose
 * head shows another root element is not claimed; an empty or unreadable head is (reading it then
 * reports E_EMPTY or E_PARSE, which tells the user more than "no file recognised").
 */
import { readFileHead, xmlRootName } from '../common/file-head.js';
import type { SourceFile } from '../types.js';

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
