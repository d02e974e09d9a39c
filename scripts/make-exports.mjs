// Writes fixtures/exports/: the acme organization (fixtures/acme) as real tools export it,
// byte-identical on every run. No randomness: every file is a rewriting of acme's own rows.
//
//   node scripts/make-exports.mjs [--out DIR]
//
// - hr-en/            an HR export `name,email,department` (UTF-8) and a collaboration log
//                     `sender,recipient,count,sent_at` that names people by e-mail address;
// - hr-es/            the same people as a Spanish HR export `Correo;Nombre;Departamento`, with
//                     the addresses capitalised as a directory writes them (`Ana.Garcia@…`);
// - spreadsheet-es/   the first 2,000 interactions as Excel on Spanish Windows saves a CSV:
//                     windows-1252, `;`, decimal commas (an hour-long meeting weighs 1,5) and
//                     day-first dates `02/01/2025 08:12`; the people file in UTF-8;
// - two-encodings/    acme's files as they are, the interactions in UTF-8 with a byte-order
//                     mark, the people file in windows-1252.
// fixtures/exports/README.md says what each is for.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(root, 'fixtures/exports');
const acme = (name) => readFileSync(join(root, 'fixtures/acme', name), 'utf8');

/** A CSV line of `cells`, quoted where a cell holds the delimiter, a quote or a line break. */
function line(cells, delimiter) {
  return cells.map((c) => (/["\r\n]/.test(c) || c.includes(delimiter) ? `"${c.replaceAll('"', '""')}"` : c)).join(delimiter);
}

/** Acme's CSV (no quoted line breaks in it) as rows of cells. */
function rows(text) {
  const out = [];
  for (const l of text.split('\n')) {
    if (l === '') continue;
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < l.length; i++) {
      const c = l[i];
      if (quoted && c === '"' && l[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    cells.push(cell);
    out.push(cells);
  }
  return out;
}

/** `josé.pérez` → `jose.perez@acme.example`: what a mail system makes of the id. */
const email = (id) => `${id.normalize('NFD').replace(/\p{M}/gu, '')}@acme.example`;
/** `ana.garcia@acme.example` → `Ana.Garcia@acme.example`, as a directory capitalises it. */
const capitalised = (address) => {
  const [local, domain] = address.split('@');
  return `${local.replace(/(^|\.)([a-z])/g, (_, dot, c) => dot + c.toUpperCase())}@${domain}`;
};

function write(dir, name, text, encoding = 'utf8', bom = false) {
  mkdirSync(join(out, dir), { recursive: true });
  // windows-1252 has no Ł: Windows' best-fit mapping writes L, as Excel does when it saves one.
  const body = encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text.replaceAll('Ł', 'L'), encoding);
  writeFileSync(join(out, dir, name), bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
}

const [peopleHead, ...people] = rows(acme('people.csv'));
const [interactionsHead, ...interactions] = rows(acme('interactions.csv'));
const col = (head, name) => head.indexOf(name);
const P = { id: col(peopleHead, 'id'), name: col(peopleHead, 'name'), department: col(peopleHead, 'department') };
const I = { source: col(interactionsHead, 'source'), target: col(interactionsHead, 'target'), weight: col(interactionsHead, 'weight'), time: col(interactionsHead, 'timestamp') };

// hr-en: people by name, e-mail and department; the log by address, one row per message.
write('hr-en', 'people.csv', [line(['name', 'email', 'department'], ','), ...people.map((p) => line([p[P.name], email(p[P.id]), p[P.department]], ','))].join('\n') + '\n');
write(
  'hr-en',
  'interactions.csv',
  [line(['sender', 'recipient', 'count', 'sent_at'], ','), ...interactions.map((r) => line([email(r[I.source]), email(r[I.target]), r[I.weight], r[I.time]], ','))].join('\n') + '\n',
);

// hr-es: the Spanish HR export of the same people, addresses capitalised; matched against hr-en's log.
write('hr-es', 'personas.csv', [line(['Correo', 'Nombre', 'Departamento'], ';'), ...people.map((p) => line([capitalised(email(p[P.id])), p[P.name], p[P.department]], ';'))].join('\r\n') + '\r\n');

// spreadsheet-es: day-first local dates, decimal commas, windows-1252, CRLF as Excel writes them.
const dayFirst = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
const decimalComma = (weight) => String(Number(weight) * 0.75).replace('.', ',');
write(
  'spreadsheet-es',
  'interacciones.csv',
  [line(['Origen', 'Destino', 'Peso', 'Fecha'], ';'), ...interactions.slice(0, 2000).map((r) => line([r[I.source], r[I.target], decimalComma(r[I.weight]), dayFirst(r[I.time])], ';'))].join('\r\n') + '\r\n',
  'windows-1252',
);
write('spreadsheet-es', 'personas.csv', [line(['id', 'nombre', 'departamento'], ','), ...people.map((p) => line([p[P.id], p[P.name], p[P.department]], ','))].join('\n') + '\n');

// two-encodings: acme as it is, each file in its own encoding.
write('two-encodings', 'interactions.csv', acme('interactions.csv'), 'utf8', true);
write('two-encodings', 'people.csv', acme('people.csv'), 'windows-1252');
