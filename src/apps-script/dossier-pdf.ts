/**
 * The dossier's PDFs, for dossier systems that ask for them beside the Word files:
 * each Doc's own PDF (`Document.getAs`, under the `documents` scope the Docs already
 * need) saved by the advanced Drive service into one new folder, named and numbered
 * as the command names its files, so that a clerk uploads the folder as it is. The
 * scope is `drive.file`, Google's per-file scope: it reaches only the files the
 * add-in creates, never the rest of the user's Drive (DriveApp would need all of it).
 * Where the Drive service is not turned on for the script (an older deployment, or a
 * domain that turned the Drive SDK off), nothing is saved and the caller says how to
 * download each Doc instead.
 */

/** The part of the advanced Drive service (v3) used here, as Google documents `Files.create`. */
interface DriveFile {
  id?: string;
  webViewLink?: string;
}
interface AdvancedDrive {
  Files: {
    create(resource: { name: string; mimeType: string; parents?: string[] }, mediaData?: GoogleAppsScript.Base.Blob, options?: { fields: string }): DriveFile;
  };
}
declare const Drive: AdvancedDrive | undefined;

const FOLDER = 'application/vnd.google-apps.folder';
const PDF = 'application/pdf';

/** Saves each Doc as `<fileName>.pdf` in a new folder; the folder's link, or null when the Drive service is off. */
export function saveDossierPdfs(folderName: string, docs: readonly { id: string; fileName: string }[]): string | null {
  if (typeof Drive === 'undefined') return null;
  const folder = Drive.Files.create({ name: folderName, mimeType: FOLDER }, undefined, { fields: 'id,webViewLink' });
  if (!folder.id) return null;
  for (const doc of docs) {
    // Reopened by id: the Doc was saved and closed, so its PDF holds every paragraph written.
    const pdf = DocumentApp.openById(doc.id).getAs(PDF);
    Drive.Files.create({ name: `${doc.fileName}.pdf`, mimeType: PDF, parents: [folder.id] }, pdf, { fields: 'id' });
  }
  return folder.webViewLink ?? `https://drive.google.com/drive/folders/${folder.id}`;
}
