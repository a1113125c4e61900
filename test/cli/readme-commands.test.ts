/**
 * The Excel column of README's "Getting started" table runs as written on a fresh clone:
 * every command is `npx tinh-diem …` (after `npm install` there is no `tinh-diem` on the
 * PATH), `npx` finds this project's own command without the registry, and each line reads
 * as the step it stands for.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELP, parseArgs } from '../../src/cli/args';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The code spans of the table's last column (Excel) under "Getting started". */
function excelCommands(): string[] {
  const section = README.slice(README.indexOf("## Getting started: a new cluster's year"), README.indexOf('\nStep 13 keeps'));
  const rows = section.split('\n').filter((l) => /^\| \d+\. /.test(l));
  expect(rows.length).toBe(13);
  return rows.flatMap((row) => [...(row.split(' | ').at(-1) ?? '').matchAll(/`([^`]*tinh-diem[^`]*)`/g)].map((m) => m[1]));
}

/** Words as a shell splits them: a quoted phrase is one word. */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

describe("README's Getting started commands", () => {
  it('are all written npx tinh-diem, and each line is the step it stands for', () => {
    const commands = excelCommands();
    for (const c of commands) expect(c).toMatch(/^npx tinh-diem /);
    const kinds = commands
      .filter((c) => c.includes('.xlsx'))
      .map((c) => {
        const command = parseArgs(words(c).slice(2));
        return command.kind === 'record' ? `record ${command.action}` : command.kind;
      });
    // Steps 1, 3, 6, 7, 8, 10, 13 in the order of the table.
    expect(kinds).toEqual(['template', 'update', 'record submit', 'compute', 'record reopen', 'record review', 'newYear']);
  });

  it('npx finds the project’s own tinh-diem in a folder of the clone, without the registry', () => {
    const inside = fileURLToPath(new URL('.', import.meta.url));
    const run = spawnSync('npx', ['--no-install', 'tinh-diem', '--help'], { cwd: inside, encoding: 'utf8', timeout: 60000 });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(HELP.split('\n')[0]);
  }, 70000);
});
