import { describe, expect, it } from 'vitest';
import {
  GROUP_ALIASES,
  PERSON_ID_ALIASES,
  RELATION_ALIASES,
  SOURCE_ALIASES,
  TARGET_ALIASES,
  TIME_ALIASES,
  WEIGHT_ALIASES,
} from '../../../../src/core/ingest/layouts/columns.js';
import { readInteractions } from '../../../../src/core/ingest/layouts/interactions.js';
import { readPeople } from '../../../../src/core/ingest/layouts/people.js';
import type { InputOptions } from '../../../../src/core/model/options.js';
import { InputError } from '../../../../src/core/base/errors.js';
import { errorOf, inputOptions, streamOf } from '../../../helpers/streams.js';

/** How users write headers: as listed, upper case, capitalized, padded with spaces. */
const spellings = (alias: string): string[] => [alias, alias.toUpperCase(), alias[0]!.toUpperCase() + alias.slice(1), `  ${alias} `];

const read = (text: string, options: Partial<InputOptions> = {}) => readInteractions(streamOf(text), 'f.csv', inputOptions(options));

describe('docs/input.md#interactions-required---reads-standard-input aliases, English and Spanish', () => {
  it('has the aliases of the spec', () => {
    expect(SOURCE_ALIASES).toEqual(['source', 'from', 'sender', 'giver', 'ego', 'respondent', 'requester', 'origen', 'emisor', 'de', 'remitente']);
    expect(TARGET_ALIASES).toEqual(['target', 'to', 'recipient', 'receiver', 'alter', 'nominee', 'adviser', 'destino', 'receptor', 'para', 'destinatario']);
    expect(WEIGHT_ALIASES).toEqual(['weight', 'count', 'frequency', 'interactions', 'n', 'peso', 'frecuencia', 'cantidad']);
    expect(TIME_ALIASES).toEqual(['timestamp', 'time', 'date', 'datetime', 'sent_at', 'created_at', 'fecha', 'hora']);
    expect(RELATION_ALIASES).toEqual(['relation', 'type', 'channel', 'kind', 'relacion', 'tipo']);
    expect(PERSON_ID_ALIASES).toEqual(['id', 'person', 'name', 'email', 'employee', 'employee_id', 'persona', 'nombre', 'correo', 'empleado']);
    expect(GROUP_ALIASES).toEqual(['department', 'team', 'area', 'unit', 'departamento', 'equipo', 'área']);
  });

  it.each(SOURCE_ALIASES.flatMap(spellings))('source column %j', async (name) => {
    const r = await read(`${name},target\na,b\n`);
    expect(r.meta.columns.source).toBe(name.trim());
    expect(r.ids).toEqual(['a', 'b']);
  });

  it.each(TARGET_ALIASES.flatMap(spellings))('target column %j', async (name) => {
    const r = await read(`source,${name}\na,b\n`);
    expect(r.meta.columns.target).toBe(name.trim());
    expect(r.ids).toEqual(['a', 'b']);
  });

  it.each(WEIGHT_ALIASES.flatMap(spellings))('weight column %j', async (name) => {
    const r = await read(`source,target,${name}\na,b,3\n`);
    expect(r.meta.columns.weight).toBe(name.trim());
    expect(r.ties.weight[0]).toBe(3);
  });

  it.each(TIME_ALIASES.flatMap(spellings))('timestamp column %j', async (name) => {
    const r = await read(`source,target,${name}\na,b,2026-01-15\n`);
    expect(r.meta.columns.timestamp).toBe(name.trim());
    expect(r.ties.first[0]).toBe(1768435200000); // Python: datetime(2026,1,15,tzinfo=utc).timestamp()*1000
  });

  it.each(RELATION_ALIASES.flatMap(spellings))('relation column %j', async (name) => {
    const r = await read(`source,target,${name}\na,b,advice\n`);
    expect(r.meta.columns.relation).toBe(name.trim());
    expect(r.meta.relations).toEqual({ advice: 1 });
  });

  it('matches accented and unaccented spellings alike', async () => {
    const r = await read('Origen,Destino,Relación\na,b,consejo\n');
    expect(r.meta.columns.relation).toBe('Relación');
  });

  it('prefers aliases in the order the spec lists them', async () => {
    // `date` comes before `hora`, `count` before `n`, wherever the columns stand.
    const r = await read('hora,n,de,para,date,count\n10:00,9,a,b,2026-01-15,2\n');
    expect(r.meta.columns).toEqual({ source: 'de', target: 'para', weight: 'count', timestamp: 'date', relation: null, event: null, person: null });
    expect(r.ties.weight[0]).toBe(2);
  });
});

describe('--source-col, --target-col, --weight-col, --time-col', () => {
  it('pick columns by name, case-insensitively', async () => {
    const r = await read('who,whom,how much,when\na,b,2,2026-01-15\n', {
      sourceCol: 'WHO',
      targetCol: 'whom',
      weightCol: 'How Much',
      timeCol: ' when ',
    });
    expect(r.meta.columns).toEqual({ source: 'who', target: 'whom', weight: 'how much', timestamp: 'when', relation: null, event: null, person: null });
    expect(r.ties.weight[0]).toBe(2);
  });

  it('win over aliases, which then look elsewhere', async () => {
    const r = await read('source,target,giver,receiver\na,b,c,d\n', { sourceCol: 'giver', targetCol: 'receiver' });
    expect(r.ids).toEqual(['c', 'd']);
  });

  it('keep an alias from taking a column already named by a flag, and say which flag took it', async () => {
    // --source-col takes `to`; `target` aliases find nothing else, and the message names the flag.
    const error = (await errorOf(read('from,to\na,b\n', { sourceCol: 'to' }))) as InputError;
    expect(error.lines()).toEqual(['f.csv: no target column: the column "to" is the one --source-col names; give --source-col another column (or --target-col NAME)']);
    // --time-col source: the source column exists, but the time flag took it.
    const time = (await errorOf(read('source,target,ts\na,b,2024-01-01\n', { timeCol: 'source' }))) as InputError;
    expect(time.lines()).toEqual(['f.csv: no source column: the column "source" is the one --time-col names; give --time-col another column (or --source-col NAME)']);
  });

  it('name a missing column: an error listing the columns found', async () => {
    const error = (await errorOf(read('source,target,weight\na,b,1\n', { weightCol: 'peso' }))) as InputError;
    expect(error.lines()).toEqual(['f.csv: --weight-col "peso": no such column; columns found: source, target, weight']);
  });

  it('may not name one column twice', async () => {
    const error = (await errorOf(read('a,b\n1,2\n', { sourceCol: 'a', targetCol: 'A' }))) as InputError;
    expect(error.lines()).toEqual(['f.csv: --target-col "A": column already used for another role']);
  });
});

describe('people file aliases', () => {
  const people = (text: string, groupBy?: string) => readPeople(streamOf(text), 'p.csv', { groupBy, remove: [] });

  it.each(PERSON_ID_ALIASES.flatMap(spellings))('id column %j', async (name) => {
    const t = await people(`${name},office\nana,Madrid\n`);
    expect(t.idColumn).toBe(name.trim());
    expect(t.ids).toEqual(['ana']);
  });

  it.each(GROUP_ALIASES.flatMap(spellings))('group column %j', async (name) => {
    const t = await people(`id,${name}\nana,Sales\n`);
    expect(t.groupColumn).toBe(name.trim());
    expect(t.groups).toEqual(['Sales']);
  });

  it('prefers id, then the first alias listed, wherever the columns stand', async () => {
    expect((await people('email,name,id\na,b,c\n')).idColumn).toBe('id');
    expect((await people('email,name\na,b\n')).idColumn).toBe('name');
    expect((await people('id,team,department\na,t,d\n')).groupColumn).toBe('department');
  });
});
