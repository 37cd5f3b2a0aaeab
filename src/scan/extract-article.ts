/**
 * Article extraction from a news web page: the headline and the body, without navigation,
 * breadcrumbs ("You are here"), menus, share bars, bylines, related-links lists and footers.
 *
 * Two steps: a boilerplate sweep over the DOM (linkedom) that removes what pages mark as chrome
 * (nav/header/footer/aside, ARIA roles, class and id names such as "breadcrumb", "related",
 * "menu") and blocks made mostly of links; then Mozilla Readability picks the article body. When
 * Readability finds nothing (a short page, a listing), the swept page's text is used as is.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-to-text.js';

export interface ExtractedArticle {
  title?: string;
  /** The article text: headline, blank line, paragraphs separated by blank lines. */
  text: string;
  /** `readability` when the article body was found, `page` when the whole swept page was used. */
  method: 'readability' | 'page';
}

const CHROME_ELEMENTS = 'nav, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [aria-label="breadcrumb"], [aria-label="Breadcrumb"]';
const CHROME_NAMES = /(^|[\s_-])(breadcrumbs?|crumbs?|nav|navbar|navigation|menu|menus|megamenu|masthead|site-header|topbar|footer|site-footer|sidebar|related|read-more|more-stories|recommended|trending|most-read|popular|share|sharing|social|newsletter|subscribe|signup|promo|advert|ads?|sponsored|cookie|consent|byline|author-bio|author-info|tags|tag-list|comments?|pagination|skip-link)($|[\s_-])/i;
const YOU_ARE_HERE = /^\s*(you are here|usted est[aá] aqu[ií]|est[aá]s en|vous [eê]tes ici|sie sind hier)\b/i;

/** Minimal structural view of the DOM nodes this module touches (linkedom's are compatible). */
interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const root = document as unknown as DomElement;
  sweepChrome(root);
  const title = cleanTitle(document.querySelector('h1')?.textContent ?? document.title ?? '');
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 300 }).parse();
  } catch {
    article = null;
  }
  const body = article?.content ? htmlToText(article.content) : '';
  const head = cleanTitle(article?.title ?? '') || title;
  if (body.length >= 300) {
    return { ...(head ? { title: head } : {}), text: withTitle(head, body), method: 'readability' };
  }
  const page = htmlToText(String((document as unknown as { toString(): string }).toString()), { skip: ['nav', 'footer', 'aside', 'form', 'header'] });
  return { ...(title ? { title } : {}), text: withTitle(title, page), method: 'page' };
}

function withTitle(title: string, body: string): string {
  if (!title) return body;
  return body.startsWith(title) ? body : `${title}\n\n${body}`;
}

function cleanTitle(t: string): string {
  return t.replace(/\s+/g, ' ').trim();
}

function sweepChrome(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll(CHROME_ELEMENTS))) if (!holdsArticle(el)) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_NAMES.test(names) && !holdsArticle(el)) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('div, p, ol, ul, section, span'))) {
    if (YOU_ARE_HERE.test(el.textContent ?? '') && (el.textContent ?? '').length < 300) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('ul, ol, div, section'))) {
    if (isLinkList(el) && !holdsArticle(el)) el.remove();
  }
}

/** A container of the article itself is never swept, whatever its class says. */
function holdsArticle(el: DomElement): boolean {
  if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return true;
  return el.querySelectorAll('article, main').length > 0 || el.querySelectorAll('p').length >= 4;
}

/** A block whose text is mostly link text: a menu, a list of related stories. */
function isLinkList(el: DomElement): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return false;
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < 2) return false;
  const linkText = links.reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return linkText / text.length > 0.6;
}
