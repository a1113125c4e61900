/** Runs the command in-process on a temporary folder and collects what it prints. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { loadWorkbook } from '../../src/xlsx/read-workbook';

export interface Run {
  code: number;
  out: string[];
  err: string[];
}

export const NOW = new Date(2022, 0, 5, 8, 30);

export async function runCli(argv: string[], cwd: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), outPieces: (p) => out.push([...p].join('')), err: (l) => err.push(l), now: () => NOW, cwd });
  return { code, out, err };
}

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'tinh-diem-'));

/** Opens a workbook of the folder, lets `change` edit it as a person would in Excel, and saves it. */
export async function editWorkbook(dir: string, file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const path = join(dir, file);
  const workbook = await loadWorkbook(await readFile(path), path);
  change(workbook);
  await workbook.xlsx.writeFile(path);
}
