/** Turning documents into the text that is scanned: format detection, HTML articles, Markdown. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, extractArticle, extractDocument, htmlToText, markdownToText } from '../../src/scan/index.js';

const ARTICLES = join(import.meta.dirname, '../fixtures/articles');

describe('detectFormat', () => {
  it('goes by Content-Type, then extension, then content', () => {
    expect(detectFormat('plain words', 'x.txt', 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat('plain words', 'notes.md')).toBe('markdown');
    expect(detectFormat('<p>hi</p>', 'page.HTM')).toBe('html');
    expect(detectFormat('<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('# Title\n\nSome [link](http://x) here.')).toBe('markdown');
    expect(detectFormat('Just a sentence about MS-13.')).toBe('text');
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs apart, decodes entities and drops scripts and styles', () => {
    const text = htmlToText('<p>Marroqu&iacute;n&nbsp;said</p><script>var x = "Osiris";</script><style>p{}</style><div>Second <b>para</b></div>');
    expect(text).toBe('Marroquín said\n\nSecond para');
  });
});

describe('extractArticle', () => {
  it('returns the headline and the article body of a news page', () => {
    const html = readFileSync(join(ARTICLES, 'treasury-el-salvador.en.html'), 'utf8');
    const a = extractArticle(html);
    expect(a.method).toBe('readability');
    expect(a.title).toBe('Treasury sanctions Salvadoran officials over gang truce');
    expect(a.text.startsWith('Treasury sanctions Salvadoran officials over gang truce\n\nWASHINGTON — The U.S. Department')).toBe(true);
    expect(a.text).toContain('Inmates in a maximum-security prison'); // figure captions are article text
    expect(a.text).not.toMatch(/You are here|Skip to content|Share on|About us|Most read|Subscribe|Joaquin Guzman/);
  });

  it('falls back to the page text, without chrome, when there is no article', () => {
    const a = extractArticle(
      '<html><body><nav><a href="/">Home</a><a href="/x">Hamas</a></nav><p>Short note: Osiris Luna Meza was named.</p><footer>© Site</footer></body></html>',
    );
    expect(a.method).toBe('page');
    expect(a.text).toBe('Short note: Osiris Luna Meza was named.');
  });
});

describe('markdownToText', () => {
  it('keeps the words a reader sees', () => {
    const md = [
      '# Treasury sanctions **two** officials',
      '',
      '> Quote from [Osiris Luna Meza](https://example.org/luna) about _MS-13_.',
      '',
      '- first item with `code`',
      '1. numbered ![photo of Marroquín](img.png)',
      '',
      '[ref]: https://example.org',
      '```',
      'kept as is',
      '```',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      'Treasury sanctions two officials\n\nQuote from Osiris Luna Meza about MS-13.\n\nfirst item with code\nnumbered photo of Marroquín\n\nkept as is',
    );
  });
});

describe('extractDocument', () => {
  it('decodes UTF-8 (with or without BOM) and falls back to Windows-1252', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Marroquín', 'utf8')]);
    expect(extractDocument({ content: utf8, name: 'a.txt' }).text).toBe('Marroquín');
    expect(extractDocument({ content: Buffer.from('Marroquín', 'latin1'), name: 'a.txt' }).text).toBe('Marroquín');
  });

  it('normalizes line ends of plain text', () => {
    expect(extractDocument({ content: 'a\r\nb\rc' }).text).toBe('a\nb\nc');
  });
});
