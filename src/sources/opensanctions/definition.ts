/**
 * OpenSanctions: sanctions, PEP and crime data from hundreds of sources, consolidated in the
 * FollowTheMoney model. Off by default: its licence (CC BY-NC 4.0) forbids commercial use without a
 * commercial licence from OpenSanctions.
 */
import type { ListDefinition } from '../types.js';
import { ftmJsonFormat, targetsCsvFormat } from './formats.js';

export const openSanctions: ListDefinition = {
  id: 'opensanctions',
  title: 'OpenSanctions consolidated sanctions (FollowTheMoney)',
  authority: 'OpenSanctions Datenbanken GmbH (aggregator of official sources)',
  downloads: [{ url: 'https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json', file: 'entities.ftm.json' }],
  licence: 'CC BY-NC 4.0: non-commercial use with attribution; commercial use needs a licence from OpenSanctions.',
  formats: [ftmJsonFormat, targetsCsvFormat],
  defaultEnabled: false,
};
