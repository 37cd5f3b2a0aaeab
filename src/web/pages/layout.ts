/**
 * The frame of every page: skip link, top bar with navigation and the lists status, and — when no
 * list is loaded — the banner that says so and how to fix it. Pages never pretend to screen.
 */
import { NO_LISTS_HOW } from '../../api/api-error.js';
import type { DatasetHolder } from '../../api/dataset-holder.js';
import { html, type Html } from '../html.js';

export type Section = 'search' | 'document' | 'lists' | 'entity' | 'login';

export interface PageFrame {
  title: string;
  section: Section;
  holder?: DatasetHolder;
  body: Html;
}

const NAV: [Section, string, string][] = [
  ['search', '/ui/', 'Search'],
  ['document', '/ui/document', 'Document'],
  ['lists', '/ui/lists', 'Lists'],
];

export function layout({ title, section, holder, body }: PageFrame): string {
  const dataset = holder?.current;
  const status = !holder
    ? ''
    : dataset
      ? `${dataset.entities.length.toLocaleString('en')} entities · ${dataset.snapshots.map((s) => s.list).join(', ') || 'test data'}`
      : holder.state === 'loading'
        ? 'loading lists…'
        : 'no lists loaded';
  return `<!doctype html>${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · criba</title>
<link rel="stylesheet" href="/ui/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/ui/">criba</a>
  <nav aria-label="Main">
    ${NAV.map(([s, href, label]) => html`<a href="${href}"${s === section ? html` aria-current="page"` : ''}>${label}</a>`)}
    <a href="/docs">API</a>
  </nav>
  <span class="status" data-testid="status">${status}</span>
</header>
<main id="main">
${holder && !dataset ? noListsBanner(holder) : ''}
${body}
</main>
<footer>criba screens names and documents against official sanctions lists and explains every hit. A hit is a lead to check, not a finding.</footer>
<script src="/ui/assets/app.js" defer></script>
</body>
</html>`}`;
}

function noListsBanner(holder: DatasetHolder): Html {
  const loading = holder.state === 'loading';
  return html`<div class="banner" role="alert" data-testid="no-lists">
  <strong>${loading ? 'Lists are loading…' : 'No sanctions lists are loaded.'}</strong>
  ${loading ? 'Screening starts as soon as they are in.' : withCode(NO_LISTS_HOW)}
  ${holder.lastError ? html`<div class="small muted">Last error: ${holder.lastError}</div>` : ''}
</div>`;
}

/** `text with `code` in backticks` → text with <code> elements. */
function withCode(text: string): Html {
  return html`${text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}
