/**
 * Print styles shared by the PDF documents: GB/T 9704 faces and sizes in CSS. Office fonts are
 * named first (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312 under their Windows and macOS
 * names); Noto CJK follows so that Linux and machines without the office fonts still render
 * every Chinese character instead of empty boxes.
 */

export const FONT_STACK = {
  body: `'FangSong_GB2312', '仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif`,
  title: `'方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'SimSun', '宋体', 'STSong', 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif`,
  hei: `'SimHei', '黑体', 'STHeiti', 'Noto Sans CJK SC', sans-serif`,
  kai: `'KaiTi_GB2312', '楷体_GB2312', 'KaiTi', '楷体', 'STKaiti', 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif`,
  song: `'SimSun', '宋体', 'STSong', 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif`,
} as const;

/** 225 mm / 22 lines. */
export const LINE_PT = 28.95;

export const BASE_CSS = `
@page { size: A4; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; font-family: ${FONT_STACK.body}; font-size: 16pt; line-height: ${LINE_PT}pt; }
p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
h1.title { margin: 0; font-family: ${FONT_STACK.title}; font-size: 22pt; line-height: 37pt; font-weight: normal; text-align: center; break-after: avoid; }
h1.title.large { font-size: 36pt; line-height: 52pt; letter-spacing: 0.2em; }
h2, h3, h4, h5 { margin: 0; font-size: 16pt; font-weight: normal; text-indent: 2em; break-after: avoid; overflow-wrap: anywhere; }
h2 { font-family: ${FONT_STACK.hei}; }
h3 { font-family: ${FONT_STACK.kai}; }
h4 { font-weight: bold; }
p.center { text-indent: 0; text-align: center; }
p.kai { font-family: ${FONT_STACK.kai}; }
p.right { text-indent: 0; text-align: right; padding-right: 2em; }
p.field { text-indent: 0; text-align: left; }
p.field .label { font-family: ${FONT_STACK.hei}; }
.space { height: ${LINE_PT}pt; }
table.grid { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 12pt; line-height: 18pt; margin: 0 0 ${LINE_PT / 2}pt; }
table.grid th, table.grid td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; text-align: left;
  word-break: break-all; overflow-wrap: anywhere; }
table.grid th { font-family: ${FONT_STACK.hei}; font-weight: normal; text-align: center; }
table.grid tr { break-inside: avoid; }
table.grid thead { display: table-header-group; }
.lines { margin: 0 0 ${LINE_PT}pt; }
.lines div { height: ${LINE_PT}pt; border-bottom: 0.75pt solid #000; box-sizing: border-box; }
`;
