/**
 * exceljs, loaded when a run needs it (the template, `cap-nhat`): importing it costs
 * about 0.16 s of start-up and 25 MB, which computing a cluster never needs (it reads
 * and writes the package itself). A static import would load it in every run, as the
 * command is one bundle with its packages outside.
 */
import type ExcelJS from 'exceljs';

export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
