import { describe, expect, it } from 'vitest';
import { readPeople, type PeopleOptions } from '../../../../src/core/ingest/layouts/people.js';
import { InputError } from '../../../../src/core/base/errors.js';
import { CHUNKINGS, errorOf, fixture, streamOf } from '../../../helpers/streams.js';

const read = (data: string | Buffer, options: Partial<PeopleOptions> = {}, chunk?: number, file = 'people.csv') =>
  readPeople(streamOf(data, chunk), file, { remove: [], ...options });

describe('readPeople', () => {
  it('reads ids, the default group column and other attributes', async () => {
    const t = await read(fixture('people-basic.csv'));
    expect(t).toEqual({
      file: 'people.csv',
      encoding: 'utf8',
      encodingDetected: false,
      idColumn: 'id',
      labelColumn: null,
      groupColumn: 'department',
      attributeColumns: ['role'],
      managerColumn: null,
      droppedAttributes: [],
      ids: ['ana', 'ben', 'carla', 'dan'],
      labels: [null, null, null, null],
      groups: ['Sales', 'Sales', null, 'IT'],
      managers: [null, null, null, null],
      attributes: [{ role: 'lead' }, { role: 'rep' }, { role: 'intern' }, { role: 'admin' }],
      removedFound: [],
      // No interaction ids to match: the first id alias present.
      match: null,
      warnings: [],
    });
  });

  it.each(CHUNKINGS)('reads Spanish headers, ; and a BOM, chunks of %s bytes', async (chunk) => {
    const t = await read(fixture('people-spanish-headers.csv'), {}, chunk);
    expect(t.idColumn).toBe('Nombre');
    expect(t.groupColumn).toBe('Área');
    expect(t.attributeColumns).toEqual(['Cargo']);
    expect(t.ids).toEqual(['José Pérez', '李雷']);
    expect(t.groups).toEqual(['Ventas', 'TI']);
    expect(t.attributes).toEqual([{ Cargo: 'jefe' }, { Cargo: 'técnico' }]);
  });

  it('has no groups when no group column exists', async () => {
    const t = await read(fixture('people-no-group.csv'));
    expect(t.idColumn).toBe('email');
    expect(t.groupColumn).toBeNull();
    expect(t.groups).toEqual([null, null]);
    expect(t.attributeColumns).toEqual(['office', 'level']);
  });

  it('groups by --group-by, case-insensitively', async () => {
    const t = await read(fixture('people-no-group.csv'), { groupBy: 'OFFICE' });
    expect(t.groupColumn).toBe('office');
    expect(t.groups).toEqual(['Madrid', 'Lima']);
    expect(t.attributes).toEqual([{ level: '3' }, { level: '2' }]);
  });

  it('keeps the default group column as an attribute when --group-by picks another', async () => {
    const t = await read(fixture('people-basic.csv'), { groupBy: 'role' });
    expect(t.groupColumn).toBe('role');
    expect(t.attributeColumns).toEqual(['department']);
    expect(t.attributes[2]).toEqual({ department: '' });
  });

  it('refuses --group-by naming a missing column, listing the columns', async () => {
    const error = (await errorOf(read(fixture('people-no-group.csv'), { groupBy: 'division' }))) as InputError;
    expect(error.lines()).toEqual(['people.csv: --group-by "division": no such column; columns found: email, office, level']);
  });

  it('refuses a file without an id column, listing the columns', async () => {
    const error = (await errorOf(read('who,team\nana,a\n'))) as InputError;
    expect(error.lines()).toEqual([
      'people.csv: no id column: expected one of id, person, name, email, employee, employee_id, persona, nombre, correo, empleado (or --id-col NAME); columns found: who, team',
    ]);
  });

  it('reports empty and duplicate ids with their lines', async () => {
    const error = (await errorOf(read(fixture('people-duplicate-ids.csv')))) as InputError;
    expect(error.lines()).toEqual(['people.csv:3: missing id', 'people.csv:5: duplicate id "ana" (first on line 2)']);
  });

  it('reports a wrong number of fields', async () => {
    const error = (await errorOf(read('id,team\nana\nben,b,extra\n'))) as InputError;
    expect(error.lines()).toEqual(['people.csv:2: expected 2 fields, found 1', 'people.csv:3: expected 2 fields, found 3']);
  });

  it('leaves removed people out', async () => {
    const t = await read(fixture('people-basic.csv'), { remove: ['ben', 'nobody'] });
    expect(t.ids).toEqual(['ana', 'carla', 'dan']);
    expect(t.groups).toEqual(['Sales', null, 'IT']);
    expect(t.removedFound).toEqual(['ben']); // "nobody" named no one
  });

  it('trims ids and groups; a blank group cell is no group', async () => {
    const t = await read('id , team\n ana ,  a \nben,   \n');
    expect(t.ids).toEqual(['ana', 'ben']);
    expect(t.groups).toEqual(['a', null]);
  });

  it('uses a forced delimiter', async () => {
    const t = await read('id|team\nana|a;b\n', { delimiter: '|' });
    expect(t.groups).toEqual(['a;b']);
  });

  it.each([
    ['an empty file', fixture('empty.csv'), 'people.csv: empty file: expected a header row and data rows'],
    ['a header only', 'id,team\r\n', 'people.csv: header only: no data rows below the header'],
    ['binary data', fixture('binary-garbage.png'), 'people.csv: binary data (NUL bytes): expected a CSV text file'],
  ])('refuses %s', async (_what, data, line) => {
    expect(((await errorOf(read(data))) as InputError).lines()).toEqual([line]);
  });
});
