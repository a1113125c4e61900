/**
 * Bundles the command (src/cli/entry.ts and the core it uses) into
 * dist-cli/tinh-diem.mjs. exceljs, jszip and saxes stay in node_modules (--packages=external).
 * Run by `npm run build:cli`, and by bin/tinh-diem.mjs when the bundle is missing or older than src/.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = fileURLToPath(new URL('../dist-cli/tinh-diem.mjs', import.meta.url));

export async function buildCli() {
  // Loaded here so that running an up-to-date bundle never needs esbuild.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(new URL('../src/cli/entry.ts', import.meta.url))],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
