/**
 * A tiny list format for testing the snapshot layer on its own: a file named `people.csv` with a
 * header `id,name,type` (type: person or organization). Real list formats are tested in
 * test/sources/.
 */
import { CribaError } from '../../src/errors.js';
import { emptyEntity, type Entity } from '../../src/model/index.js';
import { readCsv } from '../../src/sources/common/csv.js';
import type { ListDefinition, SourceFile } from '../../src/sources/types.js';

export const testList: ListDefinition = {
  id: 'test-people',
  title: 'Test people',
  authority: 'criba tests',
  downloads: [],
  licence: 'test data',
  defaultEnabled: true,
  formats: [
    {
      id: 'people-csv',
      description: 'people.csv with id,name,type',
      async detect(files: readonly SourceFile[]) {
        const f = files.find((x) => x.name.toLowerCase() === 'people.csv');
        return f ? [f] : undefined;
      },
      async *read(files, ctx) {
        const file = files[0]!;
        let header = true;
        for await (const row of readCsv(file.path, file.path)) {
          if (header) {
            header = false;
            if (row.fields.join(',') !== 'id,name,type') throw new CribaError('E_FORMAT', 'expected header id,name,type', { file: file.path, line: row.line });
            continue;
          }
          if (row.fields.length !== 3) throw new CribaError('E_PARSE', `expected 3 columns, got ${row.fields.length}`, { file: file.path, line: row.line });
          const [id, name, type] = row.fields as [string, string, string];
          const e: Entity = emptyEntity(`${ctx.list}:${id}`, type === 'person' ? 'Person' : 'Organization');
          e.names.push({ full: name, kind: 'primary' });
          e.sources.push({ list: ctx.list, sourceId: id });
          yield e;
        }
      },
    },
  ],
};

/** people.csv content for n people (ids 1..n) plus optional extra rows. */
export function peopleCsv(n: number, extra: string[] = []): string {
  const rows = ['id,name,type'];
  for (let i = 1; i <= n; i++) rows.push(`${i},Person Number ${i},person`);
  return `${[...rows, ...extra].join('\n')}\n`;
}
