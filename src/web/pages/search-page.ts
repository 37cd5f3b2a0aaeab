/** The search page: a box that shows hits as you type, with readable explanations. */
import type { Hit } from '../../index/index.js';
import { html, type Html } from '../html.js';
import { hitList } from './hit-view.js';

const TYPES: [string, string][] = [
  ['', 'Any type'],
  ['person', 'Person'],
  ['organization', 'Organization'],
  ['vessel', 'Vessel'],
  ['aircraft', 'Aircraft'],
];

export function searchPage(q: string, type: string, results: Html | string): Html {
  return html`<h1>Search the sanctions lists</h1>
<form id="search-form" action="/ui/" method="get" role="search">
  <div class="row">
    <div class="grow">
      <label class="big" for="q">Name of a person, company, vessel or aircraft</label>
      <input id="q" name="q" type="search" value="${q}" autocomplete="off" autofocus spellcheck="false"
        placeholder="e.g. Osiris Luna Meza" aria-describedby="q-help" aria-controls="results">
    </div>
    <div>
      <label class="big" for="type">Type</label>
      <select id="type" name="type">${TYPES.map(([v, label]) => html`<option value="${v}"${v === type ? html` selected` : ''}>${label}</option>`)}</select>
    </div>
    <div><button type="submit">Search</button></div>
  </div>
  <p id="q-help" class="muted small">Results appear as you type. Any script and word order work. Use ↓ and ↑ to move through results.</p>
</form>
<div id="results" aria-live="polite" aria-busy="false">${results}</div>`;
}

export function searchResults(q: string, hits: Hit[]): Html {
  return hitList(hits, q);
}
