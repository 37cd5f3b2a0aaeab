/**
 * The UK Sanctions List published by the FCDO (every UK designation, with the sanctions each
 * carries). criba reads its 8-column summary export (ODS) today; the full XML and CSV layouts are
 * still to come (docs/lists.md).
 */
import type { ListDefinition } from '../types.js';
import { fcdoSummaryOdsFormat } from './ods-format.js';

export const ukFcdo: ListDefinition = {
  id: 'uk-fcdo',
  title: 'UK Sanctions List (FCDO)',
  authority: 'UK Foreign, Commonwealth & Development Office (FCDO)',
  downloads: [{ url: 'https://assets.publishing.service.gov.uk/media/UK_Sanctions_List.ods', file: 'UK_Sanctions_List.ods' }],
  licence: 'Crown copyright; reuse under the Open Government Licence v3.0.',
  formats: [fcdoSummaryOdsFormat],
  defaultEnabled: false,
};
