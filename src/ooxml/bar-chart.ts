/**
 * The chart of totals as a DrawingML chart part, for Word (word/charts/) and Excel
 * (xl/charts/) alike: one series, rank 1 at the top, bars from 0, the value at the
 * end of each bar, a title. Its formulas name the cells holding the figures (the
 * .docx's embedded workbook, the .xlsx's `Tổng hợp`); the figures are cached in the
 * part too, so every reader draws it without recalculating.
 */
import { NS, XML_DECLARATION, escapeXml } from './xml';

export interface BarChart {
  title: string;
  /** The series' name and the cell holding it. */
  series: { ref: string; name: string };
  /** The range of the bars' names (`'Tổng hợp'!$C$5:$C$16`), in the order drawn from the top. */
  categoriesRef: string;
  /** The range of their values, cell for cell beside the names. */
  valuesRef: string;
  bars: readonly { label: string; value: number }[];
  /** Size of the bars' names and values, 11 pt unless the bars are too close for it. */
  labelPoints?: number;
  /**
   * The decimal mark of the values printed on the bars: `General` alone follows the
   * reader's locale ("117.5" under an English LibreOffice beside a text saying "117,5");
   * a locale prefix fixes it (Vietnamese 42A: comma; English 409: point). Absent: the reader's.
   */
  decimalSeparator?: '.' | ',';
}

/** The number format of the values on the bars, in the chosen decimal mark. */
const valueFormat = (sep: '.' | ',' | undefined): string => (sep === ',' ? '[$-42A]General' : sep === '.' ? '[$-409]General' : 'General');

const BAR_COLOUR = '2F5597';
/** Axis lines and gridlines: black at 15 %, as Office's default chart style draws them. */
const LIGHT_LINE = '<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill><a:round/></a:ln>';
const NO_SHAPE = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln><a:effectLst/></c:spPr>';

/** Default run properties: size in points, black, in the given font. */
function defaultRun(font: string, points: number, bold: boolean): string {
  const face = escapeXml(font);
  return `<a:defRPr sz="${points * 100}" b="${bold ? 1 : 0}" i="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="${face}"/><a:cs typeface="${face}"/></a:defRPr>`;
}

export const LABEL_POINTS = 11;

/** Labels of the axes and the bars. */
const labelText = (font: string, points: number): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${defaultRun(font, points, false)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

/** The title: 13 pt bold. */
function title(text: string, font: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${defaultRun(font, 13, true)}</a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1300" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>${NO_SHAPE}</c:title>`
  );
}

function series(chart: BarChart, font: string, points: number): string {
  const count = `<c:ptCount val="${chart.bars.length}"/>`;
  const labels = chart.bars.map((b, i) => `<c:pt idx="${i}"><c:v>${escapeXml(b.label)}</c:v></c:pt>`).join('');
  const values = chart.bars.map((b, i) => `<c:pt idx="${i}"><c:v>${b.value}</c:v></c:pt>`).join('');
  const dataLabels =
    `<c:dLbls><c:numFmt formatCode="${escapeXml(valueFormat(chart.decimalSeparator))}" sourceLinked="0"/>${NO_SHAPE}${labelText(font, points)}` +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  return (
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${escapeXml(chart.series.ref)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(chart.series.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></c:spPr><c:invertIfNegative val="0"/>${dataLabels}` +
    `<c:cat><c:strRef><c:f>${escapeXml(chart.categoriesRef)}</c:f><c:strCache>${count}${labels}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(chart.valuesRef)}</c:f><c:numCache><c:formatCode>General</c:formatCode>${count}${values}</c:numCache></c:numRef></c:val></c:ser>`
  );
}

/** The chart part; `externalDataRelId` names the embedded workbook holding the figures when they live outside the package's own sheets. */
export function barChartXml(chart: BarChart, font: string, externalDataRelId?: string): string {
  const points = chart.labelPoints ?? LABEL_POINTS;
  const axisText = labelText(font, points);
  // Rank 1 at the top: a bar chart draws its first category at the bottom unless the axis runs max to min.
  const categoryAxis =
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:noFill/>${LIGHT_LINE}<a:effectLst/></c:spPr>${axisText}` +
    '<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  // Bars start at 0: from an axis starting near the smallest total, 101.5 would look like half of 117.5.
  // The value axis crosses the reversed category axis at its maximum, the last bar, so its
  // scale stands at the bottom; where they cross by default (the first category) is the top.
  const valueAxis =
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    `<c:majorGridlines><c:spPr>${LIGHT_LINE}<a:effectLst/></c:spPr></c:majorGridlines><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${NO_SHAPE}${axisText}` +
    '<c:crossAx val="1"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>';
  const externalData = externalDataRelId ? `<c:externalData r:id="${externalDataRelId}"><c:autoUpdate val="0"/></c:externalData>` : '';
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, font)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart, font, points)}` +
    '<c:gapWidth val="60"/><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    `${categoryAxis}${valueAxis}${NO_SHAPE}</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>${LIGHT_LINE}<a:effectLst/></c:spPr>${externalData}</c:chartSpace>`
  );
}
