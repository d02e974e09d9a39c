/**
 * The page data of the map's reporting-line layer, on fixtures/hierarchy worked by hand.
 * People in id order: ana 0, ben 1, cai 2, dee 3, eli 4, fay 5. boss: ben, cai, fay → ana;
 * dee → ben; eli → zed, who is nobody analysed (no line); ana tops the chart.
 * Ties either way: ana–ben, ana–cai, dee–fay, dee–eli, cai–eli: ben and cai are tied to their
 * manager, dee (to ben) and fay (to ana) are not.
 */
import { describe, expect, test } from 'vitest';
import { run, runJson } from '../../helpers/cli.js';
import { dataOf } from '../../helpers/html.js';

const FILES = ['analyze', 'fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--format', 'html', '--quiet'];

describe('the reporting line in the page data', () => {
  test('each manager as an index into the people, -1 for none; 1 where the pair is tied', async () => {
    const r = await run([...FILES, '--manager-col', 'boss']);
    expect(r.code, r.stderr).toBe(0);
    const data = dataOf(r.stdout);
    expect(data.people.id).toEqual(['ana', 'ben', 'cai', 'dee', 'eli', 'fay']);
    expect(data.reportingLine).toEqual({ manager: [-1, 0, 0, 1, -1, 0], tie: [0, 1, 1, 0, 0, 0] });
  });

  test('pseudonymized: the lines of the JSON report of the same run, by pseudonym; still 2 tied and 2 not', async () => {
    const hide = ['--manager-col', 'boss', '--pseudonymize', '--salt', 'page-data'];
    const r = await run([...FILES, ...hide]);
    expect(r.code, r.stderr).toBe(0);
    const data = dataOf(r.stdout);
    const json = (await runJson<{ people: { id: string; manager: string | null; managerTie: boolean | null }[] }>([...FILES, ...hide, '--format', 'json'])).json;
    const line = data.reportingLine!;
    const drawn = line.manager.flatMap((m, i) => (m < 0 ? [] : [`${data.people.id[i]}→${data.people.id[m]}:${line.tie[i]}`])).sort();
    const reported = json.people.filter((p) => p.manager !== null).map((p) => `${p.id}→${p.manager}:${p.managerTie ? 1 : 0}`).sort();
    expect(drawn).toEqual(reported);
    expect(drawn.filter((d) => d.endsWith(':1'))).toHaveLength(2);
    expect(drawn.filter((d) => d.endsWith(':0'))).toHaveLength(2);
    for (const id of ['ana', 'ben', 'cai', 'dee', 'eli', 'fay', 'zed']) expect(r.stdout).not.toContain(`"${id}"`);
  });

  test('without a reporting line: none', async () => {
    const r = await run(FILES);
    expect(r.code, r.stderr).toBe(0);
    expect(dataOf(r.stdout).reportingLine).toBeNull();
  });
});
