import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../electron/core/documents/chinese-date';
import { renderOfficialDocx, type OfficialDocument } from '../../../electron/core/documents/official-docx';
import { unzip } from './unzip';

const CENTER = '秦皇岛市行政争议化解中心';

function sample(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    issuer: CENTER,
    documentNumber: '行化督〔2026〕3号',
    title: '关于督促办理协调事项的通知',
    addressee: '秦皇岛市自然资源和规划局',
    blocks: [
      { kind: 'heading', level: 1, text: '一、基本情况' },
      { kind: 'heading', level: 2, text: '（一）案件概况' },
      { kind: 'heading', level: 3, text: '1.争议焦点' },
      { kind: 'heading', level: 4, text: '(1)面积认定' },
      { kind: 'paragraph', text: '请你单位于2026年12月3日前书面答复。' },
      { kind: 'table', header: ['单位', '出庭率'], rows: [['市自然资源和规划局', '50%'], ['市住房和城乡建设局']], widths: [3, 1] },
    ],
    signature: { issuer: CENTER, date: '2026-11-27' },
    attachments: ['协调事项清单', '答复回执'],
    notes: ['抄送：市司法局', `${CENTER}\t2026年11月27日印发`],
    ...overrides,
  };
}

async function parts(doc: OfficialDocument) {
  const files = unzip(await renderOfficialDocx(doc));
  const text = (name: string) => {
    const f = files.get(name);
    if (!f) throw new Error(`no ${name}`);
    return f.toString('utf8');
  };
  const document = text('word/document.xml');
  /** The XML of the first paragraph whose text contains `needle`. */
  const paragraph = (needle: string) => {
    const found = document.split(/(?=<w:p>|<w:p )/).find((p) => p.startsWith('<w:p') && p.includes(needle));
    if (!found) throw new Error(`no paragraph with ${needle}`);
    return found;
  };
  const footers = [...files.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map(text);
  return { files, text, document, paragraph, footers };
}

describe('chineseDate', () => {
  it('writes the year in full and months and days without a leading zero', () => {
    expect(chineseDate('2026-11-27')).toBe('2026年11月27日');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(() => chineseDate('2026/1/5')).toThrow();
  });
});

describe('renderOfficialDocx (GB/T 9704)', () => {
  it('lays out an A4 page with the standard margins: top 37 mm, left 28 mm, text block 156 × 225 mm', async () => {
    const { document } = await parts(sample());
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
    expect(margin).toContain('w:bottom="1984"');
  });

  it('prints the issuer red and centred, the number under it and the red rule under the number', async () => {
    const { paragraph } = await parts(sample());
    const issuer = paragraph(CENTER);
    expect(issuer).toContain('<w:color w:val="FF0000"/>');
    expect(issuer).toContain('<w:jc w:val="center"/>');
    expect(issuer).toContain('w:eastAsia="方正小标宋简体"');
    const number = paragraph('行化督〔2026〕3号');
    expect(number).toContain('<w:jc w:val="center"/>');
    expect(number).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000"/);
    expect(issuer).not.toContain('<w:pBdr>');
  });

  it('without a number the red rule goes under the issuer', async () => {
    const { paragraph } = await parts(sample({ documentNumber: undefined }));
    expect(paragraph(CENTER)).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000"/);
  });

  it('sets the title in 2号小标宋 (22 pt), the addressee with a full-width colon, and the body in 3号仿宋 indented two characters', async () => {
    const { paragraph } = await parts(sample());
    const title = paragraph('关于督促办理协调事项的通知');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(paragraph('秦皇岛市自然资源和规划局：')).not.toContain('<w:ind');
    const body = paragraph('请你单位于2026年12月3日前书面答复。');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('w:firstLineChars="200"');
    // 28.95 pt exact lines: 22 to the 225 mm text block.
    expect(body).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
  });

  it('gives each heading level its font: 黑体, 楷体, 仿宋 bold, 仿宋', async () => {
    const { paragraph } = await parts(sample());
    expect(paragraph('一、基本情况')).toContain('w:eastAsia="黑体"');
    expect(paragraph('（一）案件概况')).toContain('w:eastAsia="楷体_GB2312"');
    const third = paragraph('1.争议焦点');
    expect(third).toContain('w:eastAsia="仿宋_GB2312"');
    expect(third).toContain('<w:b/>');
    const fourth = paragraph('(1)面积认定');
    expect(fourth).toContain('w:eastAsia="仿宋_GB2312"');
    expect(fourth).not.toContain('<w:b/>');
  });

  it('names a fallback for every font that office machines may lack', async () => {
    const { text } = await parts(sample());
    const fonts = text('word/fontTable.xml');
    const entry = (name: string) => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(fonts)?.[1];
    expect(entry('方正小标宋简体')).toBe('宋体');
    expect(entry('仿宋_GB2312')).toBe('仿宋');
    expect(entry('楷体_GB2312')).toBe('楷体');
    expect(entry('黑体')).toBe('SimHei');
    expect(entry('宋体')).toBe('SimSun');
    expect(fonts).toContain('<w:charset w:val="86"/>');
  });

  it('numbers pages "— N —" in 4号宋体 at the outer edge: odd pages right, even pages left', async () => {
    const { document, footers, text } = await parts(sample());
    expect(text('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    expect(document).toMatch(/<w:footerReference w:type="default"/);
    expect(document).toMatch(/<w:footerReference w:type="even"/);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('>— </w:t>');
      expect(footer).toContain('> —</w:t>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.filter((f) => f.includes('<w:jc w:val="right"/>'))).toHaveLength(1);
    expect(footers.filter((f) => f.includes('<w:jc w:val="left"/>'))).toHaveLength(1);
  });

  it('rules tables across the text width in the relative widths given, the header repeated on each page', async () => {
    const { document } = await parts(sample());
    const grid = [...(/<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(document)![1]!.matchAll(/w:w="(\d+)"/g))].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1587 - 1474);
    expect(grid[0]! / grid[1]!).toBeCloseTo(3, 1);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toMatch(/<w:tblBorders><w:top w:val="single"/);
    // The short row is padded to the header's two cells.
    const lastRow = document.split('<w:tr>').find((r) => r.includes('市住房和城乡建设局'))!;
    expect(lastRow.match(/<w:tc>/g)).toHaveLength(2);
  });

  it('ends with the attachments, the signature and its date, and the 版记', async () => {
    const { document, paragraph } = await parts(sample());
    expect(paragraph('附件：')).toContain('1. 协调事项清单');
    expect(paragraph('2. 答复回执')).not.toContain('附件：');
    const date = paragraph('2026年11月27日</w:t>');
    expect(date).toContain('<w:jc w:val="right"/>');
    const signatureAt = document.indexOf(`>${CENTER}</w:t>`, document.indexOf('2. 答复回执'));
    expect(signatureAt).toBeGreaterThan(0);
    expect(document.indexOf('>2026年11月27日</w:t>')).toBeGreaterThan(signatureAt);
    expect(document.indexOf('抄送：市司法局')).toBeGreaterThan(document.indexOf('>2026年11月27日</w:t>'));
    expect(paragraph('印发')).toContain('<w:tab/>');
  });

  it('gives minutes their attendance lines: the label in 黑体, wrapped names aligned after the colon', async () => {
    const { paragraph } = await parts(
      sample({ kind: 'minutes', issuer: '秦皇岛市行政争议化解委员会会议纪要', blocks: [{ kind: 'paragraph', text: '出席：张某、李某\n会议研究了有关事项。' }] }),
    );
    const attendance = paragraph('张某、李某');
    expect(attendance).toMatch(/w:eastAsia="黑体"[^]*出席：/);
    expect(attendance).toMatch(/<w:ind w:left="\d+" w:hanging="\d+"\/>/);
    expect(paragraph('会议研究了有关事项。')).toContain('w:firstLineChars="200"');
  });
});
