/** The entity page: everything a list says about one party, and the parties linked to it. */
import type { RelatedEntity } from '../../api/related-entities.js';
import { countryName, type Entity } from '../../model/index.js';
import { html, type Html } from '../html.js';

export function entityPage(entity: Entity, related: RelatedEntity[]): Html {
  const countries = (codes: string[]) => codes.map((c) => `${countryName(c) ?? c} (${c})`).join(', ');
  const facts: [string, Html | string][] = [];
  if (entity.birthDates.length) facts.push(['Date of birth', entity.birthDates.map((d) => `${d.circa ? 'circa ' : ''}${d.value}${d.to ? ` to ${d.to}` : ''}`).join('; ')]);
  if (entity.birthPlaces.length) facts.push(['Place of birth', entity.birthPlaces.join('; ')]);
  if (entity.gender) facts.push(['Gender', entity.gender]);
  if (entity.nationalities.length) facts.push(['Nationality', countries(entity.nationalities)]);
  if (entity.citizenships.length) facts.push(['Citizenship', countries(entity.citizenships)]);
  if (entity.countries.length) facts.push(['Countries', countries(entity.countries)]);
  if (entity.positions.length) facts.push(['Positions', entity.positions.join('; ')]);
  if (entity.programs.length) facts.push(['Programs', html`${entity.programs.map((p) => html`<span class="badge list">${p}</span> `)}`]);
  for (const [k, v] of Object.entries(entity.vessel ?? {})) facts.push([`Vessel ${k}`, String(v)]);
  for (const [k, v] of Object.entries(entity.aircraft ?? {})) facts.push([`Aircraft ${k}`, String(v)]);
  for (const [k, v] of Object.entries(entity.properties ?? {})) facts.push([k, v.join('; ')]);

  return html`<p class="small"><a href="/ui/">← Search</a></p>
<h1 data-testid="entity-name">${entity.names[0]?.full ?? entity.id}</h1>
<p><span class="badge">${entity.schema}</span> ${[...new Set(entity.sources.map((s) => s.list))].map((l) => html`<span class="badge list">${l}</span> `)}
<span class="muted small">id ${entity.id} · <a href="/entities/${encodeURIComponent(entity.id)}">JSON</a></span></p>

<h2>Names</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Script / language</th></tr></thead>
<tbody>${entity.names.map(
    (n) => html`<tr><td${n.lang ? html` lang="${n.lang}"` : ''}>${n.full}</td><td>${n.kind}</td><td class="script">${n.lang ?? scriptOf(n.full)}</td></tr>`,
  )}</tbody>
</table></div>

${facts.length ? html`<h2>Facts</h2><dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : ''}

${entity.identifiers.length
    ? html`<h2>Identifiers</h2><div class="table-wrap"><table>
<thead><tr><th scope="col">Type</th><th scope="col">Value</th><th scope="col">Country</th><th scope="col">Note</th></tr></thead>
<tbody>${entity.identifiers.map((i) => html`<tr><td>${i.label ?? i.type}</td><td><code>${i.value}</code></td><td>${i.country ?? ''}</td><td>${i.note ?? ''}</td></tr>`)}</tbody>
</table></div>`
    : ''}

${entity.addresses.length ? html`<h2>Addresses</h2><ul>${entity.addresses.map((a) => html`<li>${a.full}</li>`)}</ul>` : ''}

<h2>Related parties</h2>
${related.length
    ? html`<ul data-testid="related">${related.map(
        (r) => html`<li>${r.id ? html`<a href="/ui/entities/${encodeURIComponent(r.id)}">${r.name}</a>` : r.name}
        <span class="muted small">${r.role ?? r.kind}${r.direction === 'from' ? ' (points here)' : ''}${r.lists?.length ? ` · ${r.lists.join(', ')}` : r.id ? '' : ' · not listed'}</span></li>`,
      )}</ul>`
    : html`<p class="muted">None recorded.</p>`}

${entity.remarks ? html`<h2>Remarks</h2><p>${entity.remarks}</p>` : ''}

<h2>Sources</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">List</th><th scope="col">Record</th><th scope="col">Listed on</th><th scope="col">Programs</th><th scope="col">Snapshot</th></tr></thead>
<tbody>${entity.sources.map(
    (s) => html`<tr><td>${s.list}</td><td>${s.sourceId}</td><td>${s.listedOn ?? ''}</td><td>${(s.programs ?? []).join(', ')}</td><td class="small">${s.snapshot ?? ''}</td></tr>`,
  )}</tbody>
</table></div>`;
}

/** A rough script label for names whose source gives no language. */
function scriptOf(text: string): string {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic';
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic';
  if (/\p{Script=Han}/u.test(text)) return 'Chinese';
  if (/\p{Script=Hangul}/u.test(text)) return 'Korean';
  if (/\p{Script=Hebrew}/u.test(text)) return 'Hebrew';
  if (/\p{Script=Greek}/u.test(text)) return 'Greek';
  if (/\p{Script=Thai}/u.test(text)) return 'Thai';
  if (/[\u3040-\u30ff]/u.test(text)) return 'Japanese';
  return 'Latin';
}
