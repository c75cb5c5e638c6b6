import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
/** Import statements start a line; anchoring them keeps catalogue words such as "No such import" out. */
const SPECIFIER = /^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every module the entry reaches through relative imports, and the packages they import. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages].sort() };
}

describe('@rv/schema/contract loads in a browser', () => {
  const graph = importGraph(resolve(here, 'contract.ts'));

  it('imports no Node module: only graphql and the calendar data', () => {
    expect(graph.packages).toEqual(['chinese-days/dist/chinese-days.json', 'graphql']);
  });

  it('uses no Node global (Buffer, process, require, __dirname)', () => {
    for (const file of graph.files)
      expect({ file, source: readFileSync(file, 'utf8') }).not.toMatchObject({ source: expect.stringMatching(/\b(Buffer|process|require|__dirname)\s*[.(]/) });
  });

  it('reaches masks, relations, the calendar and the catalogues (what the portals use)', async () => {
    const contract = await import('./contract.js');
    expect(contract.maskIdNumber('110101199003070011')).toBe('110101********0011');
    expect(Object.keys(contract.Relation)).toContain('SPOUSE');
    expect(contract.nationalCalendar().addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', calendarMissing: false });
    expect(contract.translate('sms.cancelled', { number: '1' }, 'en')).toBe('Remote meetings: your application (no. 1) is cancelled and its place released.');
  });

  it('the node entry still carries the node-only parts on top of the contract', async () => {
    const node = await import('./index.js');
    expect(typeof node.signIdentity).toBe('function');
    expect(typeof node.maskPhone).toBe('function');
  });
});
