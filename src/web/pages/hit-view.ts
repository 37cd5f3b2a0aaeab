/**
 * A screening hit as an analyst reads it: name, score, lists, and the explanation in words —
 * which listed name matched, how each name part matched, what dates, countries and identifiers
 * added or took away.
 */
import type { Hit } from '../../index/index.js';
import type { PartMatch } from '../../match/index.js';
import { html, type Html } from '../html.js';

const HOW_WORDS: Record<string, string> = {
  exact: 'same',
  typo: 'spelling variant',
  phonetic: 'sounds alike',
  transliterated: 'transliteration',
  initial: 'initial',
  'legal-form': 'legal form',
  glued: 'joined/split',
  nickname: 'nickname',
  'unmatched-query': 'not in the listed name',
  'unmatched-candidate': 'not in your query',
};

const KIND_WORDS: Record<string, string> = {
  primary: 'primary name',
  alias: 'alias',
  weak: 'weak alias',
  former: 'former name',
  native: 'name in original script',
};

export function scorePercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

export function hitView(hit: Hit): Html {
  const e = hit.explanation;
  return html`<li class="hit" data-testid="hit" data-id="${hit.id}">
  <div class="hit-head">
    <a class="hit-name" href="/ui/entities/${encodeURIComponent(hit.id)}">${hit.name}</a>
    <span class="score" title="match score">${scorePercent(hit.score)}</span>
    <span class="score-bar" aria-hidden="true"><span style="width:${Math.round(hit.score * 100)}%"></span></span>
    <span class="badge">${hit.schema}</span>
    ${hit.lists.map((l) => html`<span class="badge list">${l}</span>`)}
    ${hit.programs.slice(0, 4).map((p) => html`<span class="badge list">${p}</span>`)}
  </div>
  <p class="why">Matched the ${KIND_WORDS[e.matchedNameKind] ?? e.matchedNameKind} <q>${e.matchedName}</q> (name score ${scorePercent(e.nameScore)}).</p>
  <ul class="parts" aria-label="How the name parts matched">${e.alignment.map(partView)}</ul>
  ${featureList(hit)}
</li>`;
}

function partView(p: PartMatch): Html {
  const cls = p.how === 'exact' ? 'exact' : p.how.startsWith('unmatched') ? 'miss' : 'fuzzy';
  const words = HOW_WORDS[p.how] ?? p.how;
  if (p.how === 'unmatched-query') return html`<li class="part ${cls}">${p.query} — ${words}</li>`;
  if (p.how === 'unmatched-candidate') return html`<li class="part ${cls}">${p.candidate} — ${words}</li>`;
  if (p.query === p.candidate) return html`<li class="part ${cls}">${p.query} = ${p.candidate}</li>`;
  return html`<li class="part ${cls}">${p.query} ≈ ${p.candidate} (${words})</li>`;
}

function featureList(hit: Hit): Html | string {
  const others = hit.explanation.features.filter((f) => f.feature !== 'name');
  if (!others.length) return '';
  return html`<ul class="features">${others.map(
    (f) => html`<li><span class="${f.delta >= 0 ? 'plus' : 'minus'}">${f.delta >= 0 ? '+' : '−'}${Math.abs(Math.round(f.delta * 100))}</span> ${f.detail}</li>`,
  )}</ul>`;
}

export function hitList(hits: Hit[], query: string): Html {
  if (!hits.length) return html`<p class="empty" data-testid="no-hits">No listed party resembles <q>${query}</q>.</p>`;
  return html`<p class="muted small" role="status">${hits.length} ${hits.length === 1 ? 'party resembles' : 'parties resemble'} <q>${query}</q>. Scores below 80% are weak.</p>
<ol class="results">${hits.map(hitView)}</ol>`;
}
