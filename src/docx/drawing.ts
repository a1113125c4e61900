/** The chart slot's paragraph: a native chart or a PNG image, inline and centred, with its alternative text. */
import type { ChartSlot } from '../core/documents/model';
import { NS, emu, escapeXml, pixels } from './xml';

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function inlineParagraph(slot: ChartSlot, widthPx: number, heightPx: number, frameLocks: string, graphicData: (cx: number, cy: number) => string): string {
  const cx = emu(widthPx);
  const cy = emu(heightPx);
  const alt = escapeXml(slot.description);
  return (
    '<w:p><w:pPr><w:keepLines/><w:spacing w:after="120" w:before="120"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="1" name="Biểu đồ" descr="${alt}" title="${alt}"/><wp:cNvGraphicFramePr>${frameLocks}</wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}">${graphicData(cx, cy)}</a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

/** The chart part `relId` points to, at the slot's width; 20 px a bar keeps the largest chart the model allows (40 bars) within a page. */
export function chartParagraph(slot: ChartSlot, relId: string): string {
  const graphicData = (): string => `<a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData>`;
  return inlineParagraph(slot, pixels(slot.widthMm), 70 + 20 * slot.bars.length, '', graphicData);
}

/** The PNG `relId` points to, at the slot's width and the image's proportions. */
export function imageParagraph(slot: ChartSlot, png: Uint8Array, relId: string): string {
  const { width, height } = pngSize(png);
  const widthPx = pixels(slot.widthMm);
  const graphicData = (cx: number, cy: number): string =>
    `<a:graphicData uri="${NS.pic}"><pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="1" name="bieu-do.png"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>`;
  return inlineParagraph(slot, widthPx, Math.round((widthPx * height) / width), `<a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/>`, graphicData);
}
