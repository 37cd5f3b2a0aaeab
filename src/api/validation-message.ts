/**
 * One clear sentence from ajv's validation errors. For a body that may take several shapes (one
 * record or a batch), only the errors of the shape the caller most likely meant are kept: the
 * branch whose errors reach deepest into the body.
 */
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

export function validationMessage(errors: readonly AjvError[], dataVar: string): string {
  const relevant = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const byBranch = new Map<string, AjvError[]>();
  for (const e of relevant) {
    const branch = /^#\/(?:anyOf|oneOf)\/(\d+)/.exec(e.schemaPath)?.[1] ?? '';
    byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
  }
  let chosen = relevant;
  if (byBranch.size > 1) {
    const depth = (list: AjvError[]) => Math.max(...list.map((e) => e.instancePath.split('/').length + (e.keyword === 'required' ? 0 : 0.5)));
    chosen = [...byBranch.values()].reduce((best, list) => (depth(list) > depth(best) ? list : best));
  }
  const parts = [...new Set(chosen.map((e) => describe(e, dataVar)))];
  return parts.length ? parts.join('; ') : `${dataVar} is not valid`;
}

function describe(e: AjvError, dataVar: string): string {
  const where = `${dataVar}${e.instancePath.replace(/\//g, '.')}`;
  switch (e.keyword) {
    case 'required':
      return `${where} needs the field "${String(e.params?.missingProperty)}"`;
    case 'additionalProperties':
      return `${where} has an unknown field "${String(e.params?.additionalProperty)}"`;
    default:
      return `${where} ${e.message ?? 'is not valid'}`;
  }
}
