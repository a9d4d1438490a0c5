import { Resvg } from '@resvg/resvg-js';

/**
 * A chart's SVG as PNG at `scale` × its size, for the DOCX (Word shows pictures, not SVG). A
 * stand-in until the flowchart module's svgToPng (CJK font files found per platform) is in.
 */
export function chartPng(svg: string, scale = 2): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
    logLevel: 'off',
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
