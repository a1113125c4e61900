/**
 * docs/claims.md links each claim of the README to the test that holds it. This keeps
 * the index from rotting silently: every section it names is still a heading of
 * README.md, every row names a test or says **no test**, and every test it names is a
 * file under test/ that still holds the quoted words of the title.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

interface Row {
  section: string;
  line: number;
  text: string;
}

/** The index's level-2 headings (README headings, word for word) and the table rows under each. */
function parseIndex(markdown: string): { sections: string[]; rows: Row[] } {
  const sections: string[] = [];
  const rows: Row[] = [];
  markdown.split('\n').forEach((text, i) => {
    if (text.startsWith('## ')) sections.push(text.slice(3).trim());
    else if (text.startsWith('|') && !/^\|\s*claim\s*\|/.test(text) && !/^\|[-|\s]+\|$/.test(text))
      rows.push({ section: sections.at(-1) ?? '', line: i + 1, text });
  });
  return { sections, rows };
}

/** Each `file` › "title words" a row names; `\"` inside the quotes stands for a quote. */
function testRefs(row: string): { file: string; title: string }[] {
  return [...row.matchAll(/`(test\/[^`]+)` › "((?:[^"\\]|\\.)*)"/g)].map((m) => ({ file: m[1], title: m[2].replace(/\\"/g, '"') }));
}

/** A test file's text with the escapes of string literals undone, so `user\'s` reads as the title shows it. */
const sourceText = (file: string): string => read(file).replace(/\\(['"`])/g, '$1');

const index = parseIndex(read('docs/claims.md'));
const headings = new Set(
  read('README.md')
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => l.replace(/^#+ /, '').trim()),
);

describe('the claims index (docs/claims.md)', () => {
  it('covers the README sections on the workbook, the menu, the functions, the command, reading and the vote', () => {
    for (const start of [
      'The workbook',
      'Printing the workbook',
      'Menu',
      'Functions in cells',
      'The `tinh-diem` command',
      'Reading a workbook from anywhere',
      'Bình xét',
    ]) {
      expect(
        index.sections.some((s) => s.startsWith(start)),
        start,
      ).toBe(true);
    }
    expect(index.rows.length).toBeGreaterThan(100);
  });

  it('names only sections that are headings of README.md', () => {
    expect(index.sections.filter((s) => !headings.has(s))).toEqual([]);
    expect(index.rows.filter((r) => r.section === '').map((r) => `line ${r.line}: a row under no README section`)).toEqual([]);
  });

  it('gives every row a test, or says **no test**', () => {
    const bare = index.rows.filter((r) => testRefs(r.text).length === 0 && !r.text.includes('**no test**'));
    expect(bare.map((r) => `line ${r.line}: ${r.text}`)).toEqual([]);
  });

  it('names test files that exist and still hold the quoted title words', () => {
    const texts = new Map<string, string>();
    const broken: string[] = [];
    for (const row of index.rows) {
      for (const { file, title } of testRefs(row.text)) {
        if (!existsSync(path.join(ROOT, file))) {
          broken.push(`line ${row.line}: ${file} does not exist`);
          continue;
        }
        if (!texts.has(file)) texts.set(file, sourceText(file));
        if (!texts.get(file)?.includes(title)) broken.push(`line ${row.line}: ${file} holds no "${title}"`);
      }
    }
    expect(broken).toEqual([]);
  });
});
