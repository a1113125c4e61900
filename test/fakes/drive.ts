/**
 * The advanced Drive service (v3) as the dossier uses it, after Google's reference:
 * `Drive.Files.create(resource, mediaData?, optionalArgs?)` makes a file (or, with the
 * folder MIME type, a folder) and returns the file resource with the fields asked for
 * in `optionalArgs.fields` (id, name, mimeType and kind when none are asked). A parent
 * that is not a folder the caller can reach is an error, as the API's "File not found".
 * Not counted as a Sheets or Docs call: the test counts Drive calls apart.
 */
import type { FakeDocumentPdf } from './document-app';

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** The uploaded content, for a file. */
  media?: FakeDocumentPdf;
}

const FOLDER = 'application/vnd.google-apps.folder';

type Create = (
  resource: { name?: string; mimeType?: string; parents?: string[] },
  media?: FakeDocumentPdf,
  options?: { fields?: string },
) => Record<string, unknown>;

export function fakeDrive(): { Drive: { Files: { create: Create } }; items: DriveItem[]; calls: () => number } {
  const items: DriveItem[] = [];
  let calls = 0;
  const create: Create = (resource, media, options) => {
    calls++;
    for (const parent of resource.parents ?? [])
      if (!items.some((i) => i.id === parent && i.mimeType === FOLDER))
        throw new Error(`API call to drive.files.create failed with error: File not found: ${parent}.`);
    const item: DriveItem = {
      id: `fake-drive-${items.length + 1}`,
      name: resource.name ?? 'Untitled',
      mimeType: resource.mimeType ?? media?.getContentType() ?? 'application/octet-stream',
      parents: resource.parents ?? ['root'],
      ...(media ? { media } : {}),
    };
    items.push(item);
    const full: Record<string, unknown> = {
      kind: 'drive#file',
      ...item,
      webViewLink: item.mimeType === FOLDER ? `https://drive.google.com/drive/folders/${item.id}` : `https://drive.google.com/file/d/${item.id}/view`,
    };
    const fields = options?.fields ? options.fields.split(',').map((f) => f.trim()) : ['kind', 'id', 'name', 'mimeType'];
    return Object.fromEntries(fields.filter((f) => f in full).map((f) => [f, full[f]]));
  };
  return { Drive: { Files: { create } }, items, calls: () => calls };
}
