/**
 * Markdown → plain text for scanning: the words a reader sees. Link and image targets, emphasis
 * marks, heading hashes, list bullets, quote markers, code fences and inline HTML are dropped; the
 * words of link texts and image alt texts stay. Line structure is kept, so paragraphs stay apart.
 */
export function markdownToText(md: string): string {
  const out: string[] = [];
  let fence = false;
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(raw);
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue; // link reference definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      out.push('');
      continue; // horizontal rules
    }
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
      .replace(/~~(.+?)~~/g, '$1');
    if (/^\s*\|?\s*:?-{3,}/.test(line)) continue; // table separator rows
    line = line.replace(/\s*\|\s*/g, line.includes('|') ? ' | ' : '|').replace(/^ \| | \| $/g, '');
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
