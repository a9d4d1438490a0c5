import { Resvg } from '@resvg/resvg-js';
import { outlineText } from './glyph-outlines';
import { pngFontOptions } from './png-fonts';

/**
 * SVG → PNG with resvg (a Rust renderer behind a prebuilt Node-API binary: no browser, no native
 * build). The chart's text is first turned into outlines from a per-process glyph cache
 * (glyph-outlines.ts), because resvg reads and parses the whole font file again for every glyph
 * it draws (thx/resvg-js#367): with a 20 MB CJK font that is 1–3 ms per character, seconds for a
 * case chart of 1,500 characters. Text the cache cannot take (an SVG written elsewhere) is left
 * to resvg and the machine's CJK fonts.
 */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const outlined = outlineText(svg);
  const resvg = new Resvg(outlined.svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    // No text left: no font to load at all, which is most of resvg's time otherwise.
    font: outlined.textLeft ? pngFontOptions() : { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
