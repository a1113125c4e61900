/**
 * The chart of totals as a native Word bar chart part (word/charts/chart1.xml), drawn
 * by the shared DrawingML builder (src/ooxml/bar-chart.ts). Word draws its text, so
 * Vietnamese names show as typed. Its formulas name the embedded workbook
 * (chart-workbook.ts) that Word's "Edit Data" opens.
 */
import type { ChartSlot } from '../core/documents/model';
import { barChartXml } from '../ooxml/bar-chart';

/** The series' name, shown nowhere but in Word's data sheet. */
export const SERIES_NAME = 'Tổng điểm';

export function chartPartXml(slot: ChartSlot, font: string, workbookRelId: string): string {
  const last = slot.bars.length + 1;
  return barChartXml(
    {
      title: slot.title,
      series: { ref: 'Sheet1!$B$1', name: SERIES_NAME },
      categoriesRef: `Sheet1!$A$2:$A$${last}`,
      valuesRef: `Sheet1!$B$2:$B$${last}`,
      bars: slot.bars,
      decimalSeparator: slot.decimalSeparator,
    },
    font,
    workbookRelId,
  );
}
