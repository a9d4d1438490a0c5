import type { IFontAttributesProperties } from 'docx';

/**
 * The fonts GB/T 9704 asks for, by the names Chinese office machines know. Many machines lack
 * 方正小标宋简体 and 仿宋_GB2312/楷体_GB2312 (they ship with WPS or a font pack, not with Windows),
 * so each is named first and given a fallback in the document's font table (word/fontTable.xml):
 * `w:altName` (the name Word and WPS try when the first is missing), the GB2312 character set
 * and the PANOSE class of the fallback, which is what Word matches on when neither name is
 * installed. LibreOffice substitutes through fontconfig by the same names.
 */
export interface OfficialFont {
  name: string;
  altName: string;
  panose: string;
  family: 'roman' | 'modern' | 'auto';
  pitch: 'fixed' | 'variable';
}

const SONG_PANOSE = '02010600030101010101';
const HEI_PANOSE = '02010609060101010101';
const FANGSONG_PANOSE = '02010609060101010101';
const KAI_PANOSE = '02010609060101010101';

export const FONTS = {
  /** 小标宋: the issuer and the title. */
  title: { name: '方正小标宋简体', altName: '宋体', panose: SONG_PANOSE, family: 'auto', pitch: 'variable' },
  /** 仿宋: the body. */
  body: { name: '仿宋_GB2312', altName: '仿宋', panose: FANGSONG_PANOSE, family: 'modern', pitch: 'fixed' },
  /** 黑体: first-level headings, table headers. */
  hei: { name: '黑体', altName: 'SimHei', panose: HEI_PANOSE, family: 'modern', pitch: 'fixed' },
  /** 楷体: second-level headings. */
  kai: { name: '楷体_GB2312', altName: '楷体', panose: KAI_PANOSE, family: 'modern', pitch: 'fixed' },
  /** 宋体: page numbers. */
  song: { name: '宋体', altName: 'SimSun', panose: SONG_PANOSE, family: 'auto', pitch: 'variable' },
} as const satisfies Record<string, OfficialFont>;

/** The fallbacks themselves, so their own entries carry the GB2312 character set too. */
const FALLBACKS: readonly OfficialFont[] = [
  { name: '仿宋', altName: 'FangSong', panose: FANGSONG_PANOSE, family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', panose: KAI_PANOSE, family: 'modern', pitch: 'fixed' },
];

/** Run fonts: the same face for Chinese, Latin letters and digits (digits match the text). */
export function runFont(font: OfficialFont): IFontAttributesProperties {
  return { ascii: font.name, hAnsi: font.name, eastAsia: font.name, cs: font.name, hint: 'eastAsia' };
}

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** word/fontTable.xml naming each font with its fallback (replaces the docx package's empty one). */
export function fontTableXml(): string {
  const entries = [...Object.values(FONTS), ...FALLBACKS].map(
    (f) =>
      `<w:font w:name="${xmlAttr(f.name)}"><w:altName w:val="${xmlAttr(f.altName)}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    entries.join('') +
    '</w:fonts>'
  );
}
