/**
 * HTML → plain text for scanning: the words a reader sees, one paragraph per block element,
 * entities decoded, scripts/styles/forms dropped. Streaming (htmlparser2), so it is cheap on large
 * pages. Offsets of mentions refer to the text this returns.
 */
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul', 'title', 'caption', 'summary', 'details',
]);
/** Elements whose content is never reading text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head', 'button', 'select', 'option', 'textarea']);

export interface HtmlToTextOptions {
  /** Extra element names to drop with their content (e.g. nav, footer, aside for a raw page). */
  skip?: readonly string[];
}

export function htmlToText(html: string, opts: HtmlToTextOptions = {}): string {
  const skip = opts.skip ? new Set([...SKIP, ...opts.skip]) : SKIP;
  const blocks: string[] = [];
  let current = '';
  let skipping = 0;
  const endBlock = () => {
    const line = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skip.has(name)) skipping++;
        else if (!skipping && BLOCK.has(name)) endBlock();
      },
      ontext(text) {
        if (!skipping) current += text;
      },
      onclosetag(name) {
        if (skip.has(name)) {
          if (skipping > 0) skipping--;
        } else if (!skipping && BLOCK.has(name)) endBlock();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  return blocks.join('\n\n');
}
