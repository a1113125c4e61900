/**
 * The house's plan, checked on every `npm test`: the core imports nothing outside
 * itself and its folders import only the folders before them; adapters import the core
 * (and the shared OOXML writer), never each other, except the offline command, which
 * puts the file adapters together; no file imports itself back through others.
 * (That the core names no platform API is checked by `tsc -p tsconfig.core.json`.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

/** The core's folders in the order a run goes through them (src/core/README.md); '.' is evaluate.ts. */
const CORE_ORDER = ['model', 'sheets', 'read', 'rules', 'vote', '.', 'outputs', 'documents', 'live', 'plans'];

/** Rooms of src/ and the rooms each may import besides the core. */
const ADAPTER_IMPORTS: Record<string, string[]> = {
  'apps-script': [],
  sidebar: [],
  xlsx: ['ooxml'],
  docx: ['ooxml'],
  ooxml: [],
  // The offline command is the composition root of the file adapters.
  cli: ['xlsx', 'docx'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, path.join(base, 'index.ts')].find((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

interface Edge {
  from: string;
  to: string;
}

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`. */
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): { relative: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const relative: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec.startsWith('.')) {
      const target = resolveImport(file, spec);
      if (target) relative.push(target);
    } else packages.push(spec);
  }
  return { relative, packages };
}

const files = sourceFiles(SRC);
const edges: Edge[] = files.flatMap((from) => importsOf(from).relative.map((to) => ({ from, to })));
const rel = (p: string): string => path.relative(SRC, p).split(path.sep).join('/');
const room = (p: string): string => rel(p).split('/')[0];
const coreFolder = (p: string): string => {
  const parts = rel(p).split('/');
  return parts.length === 2 ? '.' : parts[1];
};

describe('the boundaries of src/', () => {
  it('the core imports no package and nothing outside src/core', () => {
    const bad = files
      .filter((f) => room(f) === 'core')
      .flatMap((f) => [
        ...importsOf(f).packages.map((p) => `${rel(f)} → ${p}`),
        ...importsOf(f)
          .relative.filter((t) => room(t) !== 'core')
          .map((t) => `${rel(f)} → ${rel(t)}`),
      ]);
    expect(bad).toEqual([]);
  });

  it('each core folder imports only the folders before it in CORE_ORDER', () => {
    const bad = edges
      .filter((e) => room(e.from) === 'core' && room(e.to) === 'core')
      .filter((e) => CORE_ORDER.indexOf(coreFolder(e.to)) > CORE_ORDER.indexOf(coreFolder(e.from)))
      .map((e) => `${rel(e.from)} → ${rel(e.to)}`);
    expect(bad).toEqual([]);
    const folders = readdirSync(path.join(SRC, 'core')).filter((n) => statSync(path.join(SRC, 'core', n)).isDirectory());
    expect(folders.filter((f) => !CORE_ORDER.includes(f))).toEqual([]);
  });

  it('adapters import the core and their own helpers, never each other', () => {
    const rooms = new Set(files.map(room));
    expect([...rooms].filter((r) => r !== 'core' && !(r in ADAPTER_IMPORTS))).toEqual([]);
    const bad = edges
      .filter((e) => room(e.from) !== 'core' && room(e.to) !== 'core' && room(e.to) !== room(e.from))
      .filter((e) => !ADAPTER_IMPORTS[room(e.from)].includes(room(e.to)))
      .map((e) => `${rel(e.from)} → ${rel(e.to)}`);
    expect(bad).toEqual([]);
  });

  it('no file imports itself back through other files', () => {
    const next = new Map<string, string[]>();
    for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const to of next.get(file) ?? []) visit(to, [...trail, file]);
      state.set(file, 'done');
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });
});
