/** Paragraphs, runs and rules of the report model as WordprocessingML. */
import type { Align, PageSetup, Paragraph, Rule, Run } from '../core/documents/model';
import { escapeXml, twips } from './xml';

const JUSTIFICATION = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const satisfies Record<Align, string>;

/** A size in points as half-points, for Latin and complex-script text alike. */
export const sizeXml = (points: number): string => {
  const half = Math.round(points * 2);
  return `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
};

/** Bold and italic are written off as well as on: a run never inherits them from anywhere. */
const toggle = (name: 'b' | 'i', on: boolean | undefined): string =>
  on ? `<w:${name}/><w:${name}Cs/>` : `<w:${name} w:val="false"/><w:${name}Cs w:val="false"/>`;

function run(r: Run, points: number): string {
  return `<w:r><w:rPr>${toggle('b', r.bold)}${toggle('i', r.italic)}${sizeXml(points)}</w:rPr><w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
}

export function paragraphXml(p: Paragraph, page: PageSetup): string {
  const spacing = `<w:spacing w:after="${Math.round(p.spaceAfter * 20)}" w:before="${Math.round(p.spaceBefore * 20)}" w:line="${Math.round(240 * page.lineSpacing)}" w:lineRule="auto"/>`;
  const indent = p.indent ? `<w:ind w:firstLine="${twips(page.firstLineIndentMm)}"/>` : '';
  // The paragraph mark gets the text's size too, so that an empty line is as tall as a written one.
  const pPr = `<w:pPr>${p.keepWithNext ? '<w:keepNext/>' : ''}${spacing}${indent}<w:jc w:val="${JUSTIFICATION[p.align]}"/><w:rPr>${sizeXml(p.size)}</w:rPr></w:pPr>`;
  return `<w:p>${pPr}${p.runs.map((r) => run(r, p.size)).join('')}</w:p>`;
}

/** A short centred line: an empty, 5 pt high paragraph with a bottom border, indented to the rule's width. */
export function ruleXml(r: Rule, containerMm: number): string {
  const side = twips(Math.max(0, (containerMm - r.widthMm) / 2));
  return (
    '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="0"/></w:pBdr>' +
    `<w:spacing w:after="120" w:before="0" w:line="100" w:lineRule="exact"/><w:ind w:left="${side}" w:right="${side}"/>` +
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
  );
}
