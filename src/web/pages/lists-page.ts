/** The lists page: what is loaded (snapshots, counts, dates) and what the last update changed. */
import type { SnapshotMeta, Delta } from '../../snapshot/types.js';
import { html, type Html } from '../html.js';

export interface ListView {
  meta: SnapshotMeta;
  history?: SnapshotMeta[];
  delta?: Delta;
}

const SHOWN_CHANGES = 25;

export function listsPage(lists: ListView[], entityCount: number, note?: string): Html {
  return html`<h1>Loaded lists</h1>
${note ? html`<p class="muted">${note}</p>` : ''}
${lists.length
    ? html`<p>${entityCount.toLocaleString('en')} entities from ${lists.length} ${lists.length === 1 ? 'list' : 'lists'}.</p>
<div class="table-wrap"><table data-testid="lists-table">
<thead><tr><th scope="col">List</th><th scope="col">Entities</th><th scope="col">Published</th><th scope="col">Loaded</th><th scope="col">Version</th><th scope="col">Source</th></tr></thead>
<tbody>${lists.map(
        ({ meta }) => html`<tr><td><a href="#list-${meta.list}">${meta.list}</a></td><td>${meta.entityCount.toLocaleString('en')}</td><td>${meta.publishedAt ?? '—'}</td>
<td>${meta.loadedAt.slice(0, 16).replace('T', ' ')}</td><td class="small"><code>${meta.version}</code></td><td class="small">${meta.format} · ${meta.origin}</td></tr>`,
      )}</tbody></table></div>
${lists.map(listChanges)}`
    : ''}`;
}

function listChanges({ meta, history, delta }: ListView): Html {
  return html`<section id="list-${meta.list}">
<h2>${meta.list}: what changed</h2>
${history ? html`<p class="small muted">${history.length} ${history.length === 1 ? 'snapshot' : 'snapshots'} stored; <a href="/lists/${encodeURIComponent(meta.list)}/changes">change feed (JSON)</a>.</p>` : ''}
${!delta
    ? html`<p class="muted">No change record for this snapshot.</p>`
    : !delta.from
      ? html`<p>First load: ${delta.added.length.toLocaleString('en')} entities.</p>`
      : html`<p>Since <code>${delta.from}</code>: <strong>${delta.added.length}</strong> added, <strong>${delta.removed.length}</strong> removed, <strong>${delta.changed.length}</strong> changed.</p>
${changeList('Added', delta.added, true)}${changeList('Removed', delta.removed, false)}${changeList('Changed', delta.changed, true)}`}
</section>`;
}

function changeList(label: string, items: Delta['added'], link: boolean): Html | string {
  if (!items.length) return '';
  return html`<details><summary>${label} (${items.length})</summary><ul>${items.slice(0, SHOWN_CHANGES).map(
    (c) => html`<li>${link ? html`<a href="/ui/entities/${encodeURIComponent(c.id)}">${c.name}</a>` : c.name}${c.fields?.length ? html` <span class="small muted">(${c.fields.join(', ')})</span>` : ''}</li>`,
  )}${items.length > SHOWN_CHANGES ? html`<li class="muted">…and ${items.length - SHOWN_CHANGES} more</li>` : ''}</ul></details>`;
}
