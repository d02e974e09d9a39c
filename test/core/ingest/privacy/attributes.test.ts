/** Which people-file columns are read, through readPeople as the analysis calls it. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/base/errors.js';
import { readPeople } from '../../../../src/core/ingest/layouts/people.js';
import { keepsColumn, type AttributeRule } from '../../../../src/core/ingest/privacy/attributes.js';
import { Pseudonyms } from '../../../../src/core/ingest/privacy/pseudonyms.js';
import { errorOf, streamOf } from '../../../helpers/streams.js';

const PEOPLE = 'id,Name,E-mail,EMAIL,Nombre,correo ,Área,Título,phone\nana,Ana G,a@x,a@y,Ana,a@z,Ventas,Jefa,600\n';
const rule = (r: Partial<AttributeRule>): AttributeRule => ({ pseudonymize: false, drop: [], keep: [], ...r });
const read = (r: Partial<AttributeRule>, csv = PEOPLE) => readPeople(streamOf(csv), 'people.csv', { remove: [], attributes: rule(r) });

describe('people-file columns', () => {
  it('without --pseudonymize every column is kept; Name is the display name', async () => {
    const t = await read({});
    expect(t.labelColumn).toBe('Name');
    expect(t.labels).toEqual(['Ana G']);
    expect(t.attributeColumns).toEqual(['E-mail', 'EMAIL', 'Nombre', 'correo', 'Título', 'phone']);
    expect(t.droppedAttributes).toEqual([]);
  });

  it('--pseudonymize leaves out name, email, nombre and correo, case, spaces and accents ignored (E-mail is another name)', async () => {
    const t = await read({ pseudonymize: true });
    expect(t.attributeColumns).toEqual(['E-mail', 'Título', 'phone']);
    // The display names first: labels name people, whatever their column is called.
    expect(t.droppedAttributes).toEqual(['Name', 'EMAIL', 'Nombre', 'correo']);
    expect([t.labelColumn, t.labels]).toEqual([null, [null]]);
    expect(t.attributes).toEqual([{ 'E-mail': 'a@x', Título: 'Jefa', phone: '600' }]);
  });

  it('--drop-attributes leaves out more, with or without --pseudonymize; --keep-attributes keeps an identifying one', async () => {
    expect((await read({ drop: ['PHONE', 'titulo'] })).attributeColumns).toEqual(['E-mail', 'EMAIL', 'Nombre', 'correo']);
    const t = await read({ pseudonymize: true, drop: ['e-mail'], keep: ['NAME'] });
    expect(t.attributeColumns).toEqual(['Título', 'phone']);
    expect([t.labelColumn, t.labels]).toEqual(['Name', ['Ana G']]);
    expect(t.droppedAttributes).toEqual(['E-mail', 'EMAIL', 'Nombre', 'correo']);
  });

  it('a display name under any other column name is left out with --pseudonymize too', async () => {
    const t = await read({ pseudonymize: true }, 'id,full_name,team\nana,Ana García,a\n');
    expect([t.labelColumn, t.labels, t.droppedAttributes]).toEqual([null, [null], ['full_name']]);
    expect((await read({ drop: ['FULL_NAME'] }, 'id,full_name,team\nana,Ana García,a\n')).labels).toEqual([null]);
  });

  it.each([
    [{ drop: ['telefono'] }, 'people.csv: --drop-attributes "telefono": no such column; columns found: id, Name, E-mail, EMAIL, Nombre, correo, Área, Título, phone'],
    [{ pseudonymize: true, keep: ['mail'] }, 'people.csv: --keep-attributes "mail": no such column; columns found: id, Name, E-mail, EMAIL, Nombre, correo, Área, Título, phone'],
    [{ drop: ['ID'] }, 'people.csv: --drop-attributes "ID": is the id column; its values are the people\'s ids, which --pseudonymize replaces by pseudonyms'],
    [{ drop: ['area'] }, 'people.csv: --drop-attributes "area": is the grouping column; group names are kept (--group-by picks another column)'],
  ])('refuses a name that is no attribute column: %j', async (r, message) => {
    const error = await errorOf(read(r));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lines()).toEqual([message]);
  });

  it('names a duplicate id by its pseudonym', async () => {
    const pseudonyms = new Pseudonyms('attributes-test-salt-0123');
    const error = await errorOf(readPeople(streamOf('id\nana\nbo\nana\n'), 'people.csv', { remove: [], ids: pseudonyms }));
    expect((error as InputError).lines()[0]).toBe(`people.csv:4: duplicate id "${pseudonyms.show('ana')}" (first on line 2)`);
  });

  it('keepsColumn: keep wins, then drop, then the identifying names under --pseudonymize', () => {
    expect(keepsColumn(rule({ pseudonymize: true }), ' Correo ')).toBe(false);
    expect(keepsColumn(rule({ pseudonymize: true, keep: ['correo'] }), 'CORREO')).toBe(true);
    expect(keepsColumn(rule({ drop: ['team lead'] }), 'Team Lead')).toBe(false);
    expect(keepsColumn(rule({}), 'email')).toBe(true);
  });
});
