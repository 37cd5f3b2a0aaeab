/**
 * The document page: paste text or give a URL; see the article with every listed party highlighted
 * in place, and a side panel of the parties found, each linking to its mentions and its entity page.
 */
import type { ScanResultBody } from '../../api/schemas/scan-schema.js';
import { html, type Html } from '../html.js';
import { scorePercent } from './hit-view.js';

export function documentForm(text: string, url: string, note?: Html | string): Html {
  return html`<h1>Scan a document</h1>
${note ?? ''}
<form action="/ui/document" method="post" id="doc-form">
  <label class="big" for="doc-text">Paste an article or any text</label>
  <textarea id="doc-text" name="text" spellcheck="false" placeholder="Paste the text of a news article, a contract, a list of names…">${text}</textarea>
  <p class="muted small">…or give the address of a web page:</p>
  <div class="row">
    <div class="grow"><label class="big" for="doc-url">Web page address</label>
    <input id="doc-url" name="url" type="url" value="${url}" placeholder="https://…"></div>
    <div><button type="submit">Find listed parties</button></div>
  </div>
</form>`;
}

/** The scanner's evidence lines ("named in full as…", "alias cue…"), at most three. */
function evidenceOf(e: ScanResultBody['entities'][number]): string[] {
  return (e.explanation?.evidence ?? []).slice(0, 3);
}

interface Span {
  start: number;
  end: number;
  entity: number;
}

export function documentResult(result: ScanResultBody): Html {
  const spans: Span[] = [];
  result.entities.forEach((e, i) => e.mentions.forEach((m) => spans.push({ start: m.start, end: m.end, entity: i })));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const text = result.text;
  const parts: Html[] = [];
  const firstMention = new Map<number, number>();
  const mentionIds = new Map<number, number[]>();
  let at = 0;
  let k = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue; // overlapping or out of range
    parts.push(html`${text.slice(at, s.start)}`);
    const e = result.entities[s.entity]!;
    k++;
    if (!firstMention.has(s.entity)) firstMention.set(s.entity, k);
    mentionIds.set(s.entity, [...(mentionIds.get(s.entity) ?? []), k]);
    parts.push(
      html`<mark class="mention" id="m-${k}" data-entity="${s.entity}" title="${e.name} · ${e.lists.join(', ')} · ${scorePercent(e.score)}"><a href="#e-${s.entity}">${text.slice(s.start, s.end)}</a></mark>`,
    );
    at = s.end;
  }
  parts.push(html`${text.slice(at)}`);
  const count = result.entities.length;
  return html`<p class="muted" data-testid="doc-summary">${count
    ? html`${count} listed ${count === 1 ? 'party' : 'parties'} found: ${result.entities.map((e, i) => html`${i ? ', ' : ''}<a href="#e-${i}">${e.name}</a>`)}.`
    : 'No listed party found in this text.'}</p>
<div class="doc-layout">
<article class="article" data-testid="article" aria-label="The document with listed parties highlighted">${parts}</article>
<aside class="side" aria-label="Listed parties found" data-testid="side-panel">
  <h2>${count ? `${count} listed ${count === 1 ? 'party' : 'parties'}` : 'No listed party found'}</h2>
  ${count
    ? html`<ol>${result.entities.map(
        (e, i) => html`<li id="e-${i}" data-entity="${i}">
      <a href="/ui/entities/${encodeURIComponent(e.id)}"><strong>${e.name}</strong></a> <span class="score">${scorePercent(e.score)}</span><br>
      ${e.lists.map((l) => html`<span class="badge list">${l}</span> `)}${e.programs.slice(0, 3).map((p) => html`<span class="badge list">${p}</span> `)}<br>
      <span class="small muted">${e.mentions.length} ${e.mentions.length === 1 ? 'mention' : 'mentions'}:</span>
      ${(mentionIds.get(i) ?? []).map((m, j) => html`<a class="small" href="#m-${m}" aria-label="mention ${j + 1} of ${e.name}">${j + 1}</a> `)}
      ${evidenceOf(e).length ? html`<ul class="features">${evidenceOf(e).map((line) => html`<li>${line}</li>`)}</ul>` : ''}
    </li>`,
      )}</ol>`
    : html`<p class="muted">Nothing in this text resembles a listed name.</p>`}
</aside>
</div>`;
}
