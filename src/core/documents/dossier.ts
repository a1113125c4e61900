/**
 * The whole dossier as document models, one per paper in filing order (see
 * dossier-papers.ts): the letter, the minutes, the year-end report, an achievement
 * report per proposed unit, the summary table. The command writes each as .docx (and
 * PDF where it can), the add-in as a Google Doc; both take this one list.
 */
import type { Evaluation } from '../model/evaluation';
import type { VoteOutcome } from '../model/vote-types';
import { buildAchievementReport } from './achievement-report';
import { buildReport } from './build-report';
import { type Paper, dossierPapers } from './dossier-papers';
import { buildLetter } from './letter';
import { buildMinutes } from './minutes';
import type { ReportModel } from './model';
import { buildSummaryTable } from './summary-table';

export interface DossierDocument {
  paper: Paper;
  model: ReportModel;
}

export function buildDossier(ev: Evaluation, vote: VoteOutcome, options: { now: Date }): DossierDocument[] {
  return dossierPapers(ev, vote).map((paper) => {
    switch (paper.role) {
      case 'letter':
        return { paper, model: buildLetter(ev, vote) };
      case 'minutes':
        return { paper, model: buildMinutes(ev, vote) };
      case 'report':
        return { paper, model: buildReport(ev) };
      case 'achievement':
        return { paper, model: buildAchievementReport(ev, paper.unit as NonNullable<Paper['unit']>, vote, options) };
      case 'table':
        return { paper, model: buildSummaryTable(ev, vote) };
    }
  });
}
