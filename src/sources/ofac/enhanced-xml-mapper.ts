/**
 * OFAC Enhanced XML (SDN_ENHANCED.ZIP / CONS_ENHANCED.ZIP) <entity> → Entity (pure).
 *
 * Features ("Birthdate", "Gender", "Website", "Secondary sanctions risk:"…) and identity documents
 * are rewritten as the Remarks fragments OFAC prints for them and read by the shared fragment
 * reader, so the Enhanced XML, the sdnList XML and the CSV give the same entity.
 */
import { countryCode } from '../../model/country.js';
import { emptyEntity, type Address, type Entity } from '../../model/entity.js';
import type { Name } from '../../model/name.js';
import { childEl, childEls, childText, elementToRaw, type XmlElement } from '../common/xml-records.js';
import type { ReadContext } from '../types.js';
import { addCountry, addName, addUnique, aliasKind, mergeRemarksFacts, schemaOfSdnType } from './entity-builder.js';
import { emptyFacts, mineRemarks } from './remarks.js';
import { addressFromParts, documentFragment, mineOrKeep } from './xml-fragments.js';

/** Scripts as the Enhanced XML names them → ISO 15924 codes for Name.lang. */
const SCRIPT_CODES: Record<string, string> = {
  latin: 'Latn',
  cyrillic: 'Cyrl',
  arabic: 'Arab',
  'chinese simplified': 'Hans',
  'chinese traditional': 'Hant',
  chinese: 'Hani',
  korean: 'Kore',
  hangul: 'Hang',
  japanese: 'Jpan',
  hebrew: 'Hebr',
  greek: 'Grek',
  thai: 'Thai',
  persian: 'Arab',
};

/** Feature types whose Remarks form is not "<type> <value>". */
const FEATURE_FRAGMENT: Record<string, string> = {
  birthdate: 'DOB',
  'place of birth': 'POB',
  'nationality country': 'nationality',
  'citizenship country': 'citizen',
};

const list = (el: XmlElement, wrapper: string, item: string) => childEls(childEl(el, wrapper) ?? { name: '', attrs: {}, text: '', children: [] }, item);

function mapNames(entry: XmlElement, entity: Entity): void {
  for (const n of list(entry, 'names', 'name')) {
    const primary = childText(n, 'isPrimary') === 'true';
    const weak = childText(n, 'isLowQuality') === 'true';
    const kind = primary ? 'primary' : weak ? 'weak' : aliasKind(childText(n, 'aliasType'));
    for (const t of list(n, 'translations', 'translation')) {
      const full = childText(t, 'formattedFullName');
      if (!full) continue;
      const name: Name = { full, kind };
      const script = childText(t, 'script')?.toLowerCase();
      const latin = !script || script === 'latin';
      if (!latin) {
        name.kind = primary ? 'native' : kind;
        const code = script ? SCRIPT_CODES[script] : undefined;
        if (code) name.lang = code;
      }
      if (entity.schema === 'Person') {
        const family = childText(t, 'formattedLastName');
        const given = childText(t, 'formattedFirstName');
        if (family && given) name.parts = { family, given };
      }
      if (name.kind === 'primary' && entity.names.some((x) => x.kind === 'primary')) name.kind = 'alias';
      addName(entity, name);
    }
  }
  // the primary name first, as in every other format
  entity.names.sort((a, b) => Number(b.kind === 'primary') - Number(a.kind === 'primary'));
}

function mapAddress(a: XmlElement): Address | undefined {
  const country = childText(a, 'country');
  const translation = list(a, 'translations', 'translation').find((t) => childText(t, 'isPrimary') === 'true') ?? list(a, 'translations', 'translation')[0];
  const parts = new Map<string, string[]>();
  for (const p of translation ? list(translation, 'addressParts', 'addressPart') : []) {
    const type = childText(p, 'type')?.toUpperCase() ?? '';
    const value = childText(p, 'value');
    if (value) parts.set(type, [...(parts.get(type) ?? []), value]);
  }
  return addressFromParts(parts, { name: country, code: country ? countryCode(country) : undefined });
}

/** The Remarks fragment OFAC prints for a feature. */
export function featureFragment(feature: XmlElement): string | undefined {
  const type = childText(feature, 'type');
  const value = childText(feature, 'value');
  if (!type || !value) return undefined;
  const prefix = FEATURE_FRAGMENT[type.toLowerCase()] ?? type;
  const circa = type.toLowerCase() === 'birthdate' && childText(childEl(feature, 'valueDate') ?? feature, 'isApproximate') === 'true' && !/circa/i.test(value);
  return `${prefix} ${circa ? 'circa ' : ''}${value}`;
}

/** The Remarks fragment OFAC prints for an identity document. */
function identityDocumentFragment(doc: XmlElement): string | undefined {
  return documentFragment({
    type: childText(doc, 'type'),
    number: childText(doc, 'documentNumber'),
    country: childText(doc, 'issuingCountry'),
    issued: childText(doc, 'issueDate'),
    expires: childText(doc, 'expirationDate'),
  });
}

export function mapEnhancedEntity(entry: XmlElement, ctx: ReadContext, file: string): Entity {
  const uid = entry.attrs.id ?? '';
  const info = childEl(entry, 'generalInfo');
  const schema = schemaOfSdnType(info ? childText(info, 'entityType') : undefined);
  const entity = emptyEntity(`${ctx.list}:${uid}`, schema);

  mapNames(entry, entity);
  for (const p of list(entry, 'sanctionsPrograms', 'sanctionsProgram')) addUnique(entity.programs, p.text || undefined);
  const listedOn = list(entry, 'sanctionsLists', 'sanctionsList')
    .map((l) => l.attrs.datePublished)
    .filter((d): d is string => !!d)
    .sort()[0];

  for (const a of list(entry, 'addresses', 'address')) {
    const address = mapAddress(a);
    if (address) entity.addresses.push(address);
    addUnique(entity.countries, address?.country);
  }

  const facts = emptyFacts();
  for (const f of list(entry, 'features', 'feature')) mineOrKeep(featureFragment(f), facts);
  for (const d of list(entry, 'identityDocuments', 'identityDocument')) mineOrKeep(identityDocumentFragment(d), facts);
  for (const r of list(entry, 'relationships', 'relationship')) {
    const related = childEl(r, 'relatedEntity');
    if (!related?.text) continue;
    facts.relations.push({
      kind: 'linked',
      name: related.text,
      ...(related.attrs.entityId ? { id: `${ctx.list}:${related.attrs.entityId}` } : {}),
      ...(childText(r, 'type') ? { role: childText(r, 'type') } : {}),
    });
  }
  const remarks = info ? childText(info, 'remarks') : undefined;
  if (remarks) {
    entity.remarks = remarks;
    mineRemarks(remarks, facts);
  }
  const title = info ? childText(info, 'title') : undefined;
  if (title) entity.positions.push(title);
  mergeRemarksFacts(entity, facts, ctx, { file, record: uid });

  entity.sources.push({
    list: ctx.list,
    sourceId: uid,
    ...(entity.programs.length ? { programs: [...entity.programs] } : {}),
    ...(listedOn ? { listedOn } : {}),
    raw: elementToRaw(entry),
  });
  return entity;
}
