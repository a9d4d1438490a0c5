import { afterAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../electron/contract/schemas/files';
import { chromiumPrinter, findChromium } from '../../../../electron/core/documents/pdf/chromium-printer';
import { cancelCalls } from '../../../../electron/core/handlers/in-flight';
import { dispatch } from '../../../../electron/core/handlers/registry';
import { periodCharts } from '../../../../electron/core/summaries/period/charts';
import { periodFigures } from '../../../../electron/core/summaries/period/figures';
import { unzip } from '../../documents/unzip';
import { periodFixture } from './fixture';

/** The DOCX and the PDF with their charts, progress, cancelling and the audit entry. */

const bytesOf = (file: ExportFile) => Buffer.from(file.contentBase64, 'base64');
const textOf = (xml: string) => xml.replace(/<[^>]+>/g, '');
/** Width and height of a PNG from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

function exportAudits(f: Awaited<ReturnType<typeof periodFixture>>): Record<string, unknown>[] {
  return (f.core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'export' ORDER BY seq").pluck().all() as string[]).map(
    (d) => JSON.parse(d) as Record<string, unknown>,
  );
}

const chromium = findChromium();
const printer = chromium ? chromiumPrinter(chromium) : null;
afterAll(async () => printer?.close());

describe('period summary charts', () => {
  it('a monthly line for a period of several months, bars by category and a pie of outcomes, as SVG with CJK fonts', async () => {
    const f = await periodFixture();
    const charts = periodCharts(periodFigures(f.core, '2026Q3'));
    expect(charts.map((c) => [c.name, c.caption])).toEqual([
      ['monthly', '图1　各月受理和办结案件数'],
      ['category', '图2　各类型案件受理和办结情况'],
      ['outcome', '图3　办结案件化解结果分布'],
    ]);
    for (const c of charts) {
      expect(c.svg.startsWith('<svg'), c.name).toBe(true);
      expect(c.svg, c.name).toContain('Noto Sans CJK SC');
      expect(c.svg, c.name).toContain(c.caption);
      expect(c.widthMm).toBeLessThanOrEqual(156);
    }
    expect(charts[1]!.svg).toContain('劳动和社会保障');
    expect(charts[1]!.svg).not.toContain('环境治理'); // categories with nothing to show stay out of the chart
    // Each share rounded like the table (16.7%), not ECharts' largest-remainder 16.66%.
    expect(charts[2]!.svg).toContain('1件（16.7%）');
    expect(charts[2]!.svg).not.toContain('16.66');
    expect(charts[2]!.svg).not.toContain('司法确认'); // no case closed that way
  });

  it('one month has no monthly line; an empty period has no charts', async () => {
    const f = await periodFixture();
    expect(periodCharts(periodFigures(f.core, '2026-09')).map((c) => c.name)).toEqual(['category', 'outcome']);
    expect(periodCharts(periodFigures(f.core, '2020-02'))).toEqual([]);
  });
});

describe('period summary DOCX', () => {
  it('the official document with the figures, tables and the three charts as PNG pictures', async () => {
    const f = await periodFixture();
    const file = await f.call<ExportFile>('summary.period', { period: '2026Q3', format: 'docx' });
    expect(file.fileName).toBe('行政争议化解工作情况-2026Q3.docx');
    const files = unzip(bytesOf(file));
    const text = textOf(files.get('word/document.xml')!.toString('utf8'));
    for (const expected of [
      '秦皇岛市行政争议化解中心',
      '2026年第三季度行政争议化解工作情况',
      '现将2026年第三季度（2026年7月1日至2026年9月30日）行政争议化解工作情况报告如下。',
      '本期共受理行政争议案件8件；办结6件，其中化解成功4件，化解率66.7%；以申请人撤回申请或达成和解、调解协议方式办结3件，调撤率50.0%；办结案件用时中位数为28天，90%的案件在60天内办结。截至2026年9月30日，在办案件4件。',
      '二、在办案件阶段分布',
      '阶段未记录',
      '市人力资源和社会保障局',
      '和解/调解协议',
      '截至2026年9月30日，逾期未完成的办理期限2项（化解期限2项），逾期未答复的协调事项2项。',
      '本期行政诉讼案件开庭5次，行政机关负责人出庭应诉3次，负责人出庭应诉率60.0%，未达到70%的目标要求。',
      '本期办结并确定为典型案例、可供宣传的案件2件：',
      '测〔2026〕12号',
    ]) {
      expect(text).toContain(expected);
    }
    const media = [...files.keys()].filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    // 150 mm at 96 px/in, drawn at 2×.
    for (const m of media) expect(pngSize(files.get(m)!).width).toBe(1134);
    const xml = files.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('descr="图1　各月受理和办结案件数"');
    // Order: the monthly chart under 一、, the outcome pie under 六、.
    expect(xml.indexOf('图1')).toBeLessThan(xml.indexOf('二、在办案件阶段分布'));
    expect(xml.indexOf('六、化解结果')).toBeLessThan(xml.indexOf('图3'));
  });

  it('an empty period still makes a document, saying there is nothing, with no pictures', async () => {
    const f = await periodFixture();
    const files = unzip(bytesOf(await f.call<ExportFile>('summary.period', { period: '2020-02', format: 'docx' })));
    const text = textOf(files.get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('2020年2月行政争议化解工作情况');
    expect(text).toContain('本期未受理行政争议案件；本期无办结案件。');
    expect(text).toContain('本期未登记行政诉讼案件开庭。');
    expect([...files.keys()].filter((n) => n.startsWith('word/media/'))).toEqual([]);
  });

  it('is audited with the SHA-256 of the file, and reports its steps', async () => {
    const f = await periodFixture();
    const steps: number[] = [];
    const result = await dispatch(f.core, f.session, 'summary.period', { period: '2026-07-01..2026-09-30', format: 'docx' }, { onProgress: (p) => steps.push(p.percent) });
    expect(result.ok).toBe(true);
    const file = (result as { value: ExportFile }).value;
    expect(file.fileName).toBe('行政争议化解工作情况-2026-07-01至2026-09-30.docx');
    expect(steps).toEqual([5, 30, 60, 95]);
    const { createHash } = await import('node:crypto');
    expect(exportAudits(f)).toEqual([
      expect.objectContaining({
        kind: 'period_summary',
        fileName: file.fileName,
        period: '2026-07-01..2026-09-30',
        format: 'docx',
        received: 8,
        closed: 6,
        charts: 3,
        sha256: createHash('sha256').update(bytesOf(file)).digest('hex'),
        bytes: file.bytes,
      }),
    ]);
  });

  it('a cancel between steps stops the export: CANCELLED, nothing handed out, nothing logged', async () => {
    const f = await periodFixture();
    const result = await dispatch(f.core, f.session, 'summary.period', { period: '2026Q3', format: 'docx' }, {
      onProgress: (p) => {
        if (p.percent === 30) cancelCalls(f.session, 'summary.period');
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(exportAudits(f)).toEqual([]);
  });
});

describe('no party in the report', () => {
  const PERSONAL = ['王建国', '130302196805121234', '13812345678', '秦皇岛澄屿食品有限公司', '澄屿', '李秀兰', '13900001111'];

  it('the DOCX, the PDF and the XLSX name the typical cases and the tasks without their parties; the page keeps them', async () => {
    let printed = '';
    const f = await periodFixture({
      printPdf: async (html) => {
        printed = html;
        return new TextEncoder().encode('%PDF-1.7 stand-in');
      },
    });
    const docx = unzip(bytesOf(await f.call<ExportFile>('summary.period', { period: '2026Q3', format: 'docx' })));
    const xlsx = unzip(bytesOf(await f.call<ExportFile>('summary.period', { period: '2026Q3', format: 'xlsx' })));
    await f.call<ExportFile>('summary.period', { period: '2026Q3', format: 'pdf' });
    const texts = [...docx.values(), ...xlsx.values()].map((b) => b.toString('utf8')).concat(printed);
    for (const secret of PERSONAL) {
      for (const text of texts) expect(text.includes(secret), secret).toBe(false);
    }
    expect(textOf(docx.get('word/document.xml')!.toString('utf8'))).toContain('王某诉市自然资源和规划局房屋征收补偿纠纷');
    expect(printed).toContain('某食品有限公司诉市人力资源和社会保障局工伤认定纠纷');
    // The figures for the center's own page are as stored.
    const figures = periodFigures(f.core, '2026Q3');
    expect(figures.typicalCases[0]!.title).toBe('王建国诉市自然资源和规划局房屋征收补偿纠纷');
    expect(figures.overdue.tasks[0]!.request).toContain('李秀兰');
  });
});

describe('period summary PDF', () => {
  it('without a PDF printer the request fails before any work and nothing is logged', async () => {
    const f = await periodFixture();
    expect((await f.fail('summary.period', { period: '2026Q3', format: 'pdf' })).code).toBe('PDF_UNAVAILABLE');
    expect(exportAudits(f)).toEqual([]);
  });

  it('prints the official HTML with the charts inline as SVG (no pictures), in the GB/T 9704 page', async () => {
    let printed = '';
    const f = await periodFixture({
      printPdf: async (html) => {
        printed = html;
        return new TextEncoder().encode('%PDF-1.7 stand-in');
      },
    });
    const file = await f.call<ExportFile>('summary.period', { period: '2026Q3', format: 'pdf' });
    expect(file).toMatchObject({ fileName: '行政争议化解工作情况-2026Q3.pdf', mimeType: 'application/pdf' });
    expect(printed).toContain('<h1 class="title">2026年第三季度行政争议化解工作情况</h1>');
    expect(printed.match(/<svg /g)).toHaveLength(3);
    expect(printed).toContain('width="150.00mm"');
    expect(printed).not.toContain('data:image/png');
    expect(printed).toContain('图2　各类型案件受理和办结情况');
    expect(exportAudits(f)).toEqual([expect.objectContaining({ kind: 'period_summary', format: 'pdf', charts: 3 })]);
  });

  it('Chromium prints it to a PDF of several A4 pages', async () => {
    if (!printer) throw new Error('This test needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
    const f = await periodFixture({ printPdf: printer.print });
    const pdf = bytesOf(await f.call<ExportFile>('summary.period', { period: '2026Q3', format: 'pdf' })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // A4 (210 × 297 mm = 595.3 × 841.9 pt; Chromium rounds the page to whole CSS pixels).
    expect(pdf).toMatch(/\/MediaBox \[0 0 59[56]\.\d+ 84[12]\.\d+\]/);
  }, 60_000);
});
