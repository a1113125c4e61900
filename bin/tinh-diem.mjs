#!/usr/bin/env node
/**
 * The `tinh-diem` command (package.json "bin"). It runs the bundle in dist-cli/,
 * building it first when it is missing or older than any file in src/, so the
 * command works right after `npm install` without a separate build step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE, ROOT, buildCli } from './build-cli.mjs';

function newestIn(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestIn(join(ROOT, 'src'))) await buildCli();
await import(pathToFileURL(BUNDLE).href);
