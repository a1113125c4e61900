/**
 * Builds the sidebar into one self-contained page (CSS and JavaScript inlined, no
 * external file or font) that the Apps Script build writes to dist/Sidebar.html.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const SOURCE = fileURLToPath(new URL('../src/sidebar/', import.meta.url));

/** The one HtmlService scriptlet of the page; the server sets `template.initialJson = sidebarJson(data)`. */
export const INITIAL_JSON_SCRIPTLET = '<?!= initialJson ?>';

const CSS_SLOT = '/* sidebar.css */';
const JS_SLOT = '/* sidebar-client.ts */';

async function clientScript(): Promise<string> {
  const result = await build({
    entryPoints: [`${SOURCE}sidebar-client.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.trim();
}

async function styles(): Promise<string> {
  const css = await readFile(`${SOURCE}sidebar.css`, 'utf8');
  return (await transform(css, { loader: 'css', minify: true, target: 'chrome80' })).code.trim();
}

function fill(html: string, slot: string, content: string): string {
  const at = html.indexOf(slot);
  if (at < 0 || html.indexOf(slot, at + 1) >= 0) throw new Error(`sidebar.html must hold ${slot} exactly once`);
  return html.slice(0, at) + content + html.slice(at + slot.length);
}

/** Inline code must not end its element early nor open an HtmlService scriptlet of its own. */
function assertInlineSafe(name: string, code: string, closing: string): void {
  if (code.toLowerCase().includes(closing)) throw new Error(`${name} contains "${closing}"`);
  if (code.includes('<?')) throw new Error(`${name} contains "<?", which HtmlService reads as a scriptlet`);
}

export async function buildSidebarHtml(): Promise<string> {
  const [skeleton, css, js] = await Promise.all([readFile(`${SOURCE}sidebar.html`, 'utf8'), styles(), clientScript()]);
  assertInlineSafe('sidebar.css', css, '</style');
  assertInlineSafe('sidebar-client.ts', js, '</script');
  const html = fill(fill(skeleton, CSS_SLOT, css), JS_SLOT, js);
  if (html.split('<?').length !== 2 || !html.includes(INITIAL_JSON_SCRIPTLET)) {
    throw new Error(`Sidebar.html must hold exactly one scriptlet, ${INITIAL_JSON_SCRIPTLET}`);
  }
  return html;
}
