/**
 * What every package the command writes must be, checked part by part: each XML
 * part well-formed, each relationship's target present, each declared part there,
 * and every part given a content type (an override or its extension's default),
 * the workbook's that of an .xlsx — what Excel checks before it opens a file.
 */
import JSZip from 'jszip';
import { expect } from 'vitest';
import { resolvePart } from '../../src/xlsx/read-package';
import { scanXml } from '../../src/xlsx/xml-edit';

/** Every part of the package as bytes. */
export async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async('uint8array'));
  return out;
}

export async function expectWellFormed(bytes: Uint8Array): Promise<void> {
  const all = await parts(bytes);
  const names = new Set([...all.keys()].map((n) => n.toLowerCase()));
  for (const [name, data] of all) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const text = new TextDecoder().decode(data);
    expect(() => scanXml(text), name).not.toThrow();
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
    for (const e of scanXml(text).filter((x) => x.name === 'Relationship' && x.attributes.TargetMode !== 'External')) {
      expect(names.has(resolvePart(source, e.attributes.Target).toLowerCase()), `${name} → ${e.attributes.Target}`).toBe(true);
    }
  }
  const types = scanXml(new TextDecoder().decode(all.get('[Content_Types].xml')));
  const overrides = new Map(types.filter((x) => x.name === 'Override').map((o) => [o.attributes.PartName.slice(1).toLowerCase(), o.attributes.ContentType]));
  for (const part of overrides.keys()) expect(names.has(part), part).toBe(true);
  const defaults = new Map(types.filter((x) => x.name === 'Default').map((d) => [d.attributes.Extension.toLowerCase(), d.attributes.ContentType]));
  for (const name of all.keys()) {
    if (name === '[Content_Types].xml') continue;
    const type = overrides.get(name.toLowerCase()) ?? defaults.get(name.split('.').pop()?.toLowerCase() ?? '');
    expect(type, `content type of ${name}`).toBeDefined();
    if (name === 'xl/workbook.xml') expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
    expect(type, name).not.toMatch(/macroEnabled|vbaProject/i);
  }
}
