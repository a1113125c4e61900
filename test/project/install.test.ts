/**
 * A fresh clone installs cleanly: `npm install` finds nothing to rewrite in the
 * lock file's root entry, and no installed package refuses a Node version that
 * package.json's `engines` accepts (npm would print EBADENGINE).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const text = (name: string): string => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');
const read = (name: string): Record<string, any> => JSON.parse(text(name));
const pkg = read('package.json');
const lock = read('package-lock.json');

type Version = [number, number, number];

function parse(v: string): Version {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map(Number);
  return [a, b, c];
}

function compare(x: Version, y: Version): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** One comparator of a node-semver range ("^20.19.0", ">= 14", "14", "*"). */
function admits(comparator: string, v: Version): boolean {
  const m = /^(\^|~|>=|<=|>|<|=)?(\d+(?:\.\d+){0,2}|\*)$/.exec(comparator);
  if (!m) throw new Error(`range not understood: ${comparator}`);
  const [, op = '', text] = m;
  if (text === '*') return true;
  const parts = text.split('.').length;
  const at = parse(text);
  const c = compare(v, at);
  const below = (upper: Version): boolean => compare(v, upper) < 0;
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '^':
      return c >= 0 && below(at[0] > 0 ? [at[0] + 1, 0, 0] : [0, at[1] + 1, 0]);
    case '~':
      return c >= 0 && below(parts === 1 ? [at[0] + 1, 0, 0] : [at[0], at[1] + 1, 0]);
    default:
      return parts === 3 ? c === 0 : c >= 0 && below(parts === 1 ? [at[0] + 1, 0, 0] : [at[0], at[1] + 1, 0]);
  }
}

function satisfies(range: string, v: Version): boolean {
  return range.split('||').some((alt) =>
    alt
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((c) => admits(c, v)),
  );
}

const installed = Object.entries(lock.packages as Record<string, any>).filter(([path, p]) => path !== '' && !p.optional && p.engines?.node);

describe('a clean install', () => {
  it('has package.json and the lock file’s root entry agree, so npm install rewrites nothing', () => {
    const root = lock.packages[''];
    for (const key of ['name', 'version', 'dependencies', 'devDependencies', 'bin', 'engines']) expect(root[key], key).toEqual(pkg[key]);
  });

  it('has the lock file exactly as npm writes it, so a duplicated key left by a merge is caught', () => {
    // JSON.parse keeps the last of two equal keys, so the check above cannot see one;
    // npm install then rewrites the file without it and the clone is no longer clean.
    const lockText = text('package-lock.json');
    expect(lockText).toBe(`${JSON.stringify(JSON.parse(lockText), null, 2)}\n`);
  });

  it('reads node-semver ranges as npm does', () => {
    expect(satisfies('^20.19.0 || >=22.12.0', parse('20.19.0'))).toBe(true);
    expect(satisfies('^20.19.0 || >=22.12.0', parse('21.0.0'))).toBe(false);
    expect(satisfies('^22 || ^24 || >=26', parse('20.20.2'))).toBe(false);
    expect(satisfies('>= 0.8', parse('20.0.0'))).toBe(true);
    expect(satisfies('>=16 || 14 >=14.17', parse('14.16.0'))).toBe(false);
    expect(satisfies('^12.20 || >= 14.13', parse('12.22.1'))).toBe(true);
  });

  it('declares engines that every installed package accepts', () => {
    // Every version a range names is a boundary; checking them all checks the ranges.
    const probes = [process.version, ...installed.flatMap(([, p]) => p.engines.node.match(/\d+(?:\.\d+){0,2}/g) ?? [])].map(parse);
    expect(satisfies(pkg.engines.node, parse(process.version)), `this Node ${process.version}`).toBe(true);
    const refused: string[] = [];
    for (const v of probes.filter((p) => satisfies(pkg.engines.node, p))) {
      for (const [path, p] of installed) if (!satisfies(p.engines.node, v)) refused.push(`${path} (${p.engines.node}) refuses ${v.join('.')}`);
    }
    expect([...new Set(refused)]).toEqual([]);
  });
});
