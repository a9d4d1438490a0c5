import type { OfficialImage } from '../official/types';

/**
 * A figure of an official document as HTML for the PDF, at its size in millimetres: the SVG
 * inline when there is one (sharp when zoomed, its labels stay text the reader can search and
 * copy), else the PNG as a data URL. Centred and never split across pages.
 */

const SVG_OPEN = /<svg\b[^>]*>/;

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ?? null;
}

function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)"[^"]*"`);
  return re.test(tag) ? tag.replace(re, `$1"${value}"`) : tag.replace(/^<svg\b/, `<svg ${name}="${value}"`);
}

/**
 * The SVG drawn at `widthMm` × `heightMm`: its own width and height become millimetres, and a
 * viewBox taken from its pixel size is added when it has none, so the drawing scales instead of
 * being cropped. Anything before the root element (an XML declaration, a doctype) is dropped: it
 * is not allowed inside HTML.
 */
export function sizedSvg(svg: string, widthMm: number, heightMm: number): string {
  const match = SVG_OPEN.exec(svg);
  if (!match) throw new Error('not an SVG document: no <svg> element');
  let tag = match[0];
  if (attr(tag, 'viewBox') === null) {
    const w = Number.parseFloat(attr(tag, 'width') ?? '');
    const h = Number.parseFloat(attr(tag, 'height') ?? '');
    if (w > 0 && h > 0) tag = setAttr(tag, 'viewBox', `0 0 ${w} ${h}`);
  }
  tag = setAttr(setAttr(tag, 'width', `${widthMm.toFixed(2)}mm`), 'height', `${heightMm.toFixed(2)}mm`);
  return tag + svg.slice(match.index + match[0].length);
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function figureHtml(block: OfficialImage): string {
  const size = `width:${block.widthMm.toFixed(2)}mm;height:${block.heightMm.toFixed(2)}mm`;
  const alt = escapeAttr(block.alt ?? '');
  const inner = block.svg
    ? sizedSvg(block.svg, block.widthMm, block.heightMm)
    : `<img alt="${alt}" style="${size}" src="data:image/png;base64,${Buffer.from(block.png).toString('base64')}">`;
  return `<div class="figure" role="img" aria-label="${alt}" style="margin:0 auto;text-align:center;text-indent:0;line-height:0;break-inside:avoid;page-break-inside:avoid;${size}">${inner}</div>`;
}
