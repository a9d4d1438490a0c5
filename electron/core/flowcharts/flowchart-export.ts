import type { Localized } from '../../contract/result';
import type { ExportFile } from '../../contract/schemas/files';
import { FLOWCHART_MIME, type FlowchartFormat } from '../../contract/schemas/flowcharts';
import type { Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { exportFile, logExport } from '../documents/export-file';
import { CoreError } from '../errors';
import { currentTemplate } from '../workflow/template-service';
import { caseChartFacts } from './case-chart-data';
import { caseChartFrom, templateChart, type DrawnChart } from './charts';
import { ONE_SHEET, READABLE_PAGES, flowchartPrint, type FlowchartPrintOptions } from './flowchart-pdf';
import { svgToPng } from './svg-png';

/**
 * Flowcharts as files for the handlers and the CLI alike: SVG as drawn, PNG at 2×, PDF printed
 * by the host's Chromium. Progress is reported between the steps (that is also where a cancel
 * stops the work); the export is audited last, once nothing can stop it any more.
 */

export type Progress = (percent: number, label: Localized) => void;

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** Windows-reserved characters and controls out of a file name (〔〕 and 号 stay). */
function safeName(name: string): string {
  return name.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').trim();
}

export function templateFlowchartFileName(format: FlowchartFormat): string {
  return `工作流程图.${format}`;
}

export function caseFlowchartFileName(caseNumber: string, format: FlowchartFormat): string {
  return `${safeName(caseNumber)}-流程图.${format}`;
}

async function render(
  core: Core,
  draw: () => Promise<DrawnChart>,
  format: FlowchartFormat,
  progress: Progress,
  print: FlowchartPrintOptions,
): Promise<Uint8Array> {
  // PDF needs a printer: fail before any work rather than after it.
  if (format === 'pdf' && !core.printPdf) throw new CoreError('PDF_UNAVAILABLE', 'no PDF printer in this host');
  const slow = format !== 'svg';
  if (slow) progress(10, t('正在排版流程图…', 'Laying out the flowchart…'));
  const chart = await draw();
  switch (format) {
    case 'svg':
      return new TextEncoder().encode(chart.svg);
    case 'png':
      progress(50, t('正在生成 PNG 图片…', 'Drawing the PNG…'));
      return svgToPng(chart.svg);
    case 'pdf': {
      progress(50, t('正在打印 PDF…', 'Printing the PDF…'));
      const page = flowchartPrint(chart.svg, chart.layout, print);
      return core.printPdf!(page.html, page.options);
    }
  }
}

function finish(progress: Progress, format: FlowchartFormat): void {
  if (format !== 'svg') progress(95, t('正在保存…', 'Saving…'));
}

/** 工作流程图.svg|png|pdf from the current template. */
export async function exportTemplateFlowchart(
  core: Core,
  actor: Actor,
  format: FlowchartFormat,
  progress: Progress = () => {},
  options: { preview?: boolean } = {},
): Promise<ExportFile> {
  const template = currentTemplate(core);
  const bytes = await render(core, () => templateChart(core, template), format, progress, ONE_SHEET);
  finish(progress, format);
  const fileName = templateFlowchartFileName(format);
  // A preview is drawn on screen only; it is not an export.
  if (!options.preview) logExport(core, actor, {
    kind: 'workflow_flowchart',
    fileName,
    entity: 'workflow_templates',
    // Version 0 is the default file, not yet stored: no row to point at.
    entityId: template.version > 0 ? template.id : null,
    detail: { format, version: template.version },
    content: bytes,
  });
  return exportFile(fileName, FLOWCHART_MIME[format], bytes);
}

/** 行化〔2026〕3号-流程图.svg|png|pdf: the case's own path. */
export async function exportCaseFlowchart(
  core: Core,
  actor: Actor,
  caseId: string,
  format: FlowchartFormat,
  progress: Progress = () => {},
  options: { preview?: boolean } = {},
): Promise<ExportFile> {
  const facts = caseChartFacts(core, caseId);
  const bytes = await render(core, () => caseChartFrom(facts), format, progress, READABLE_PAGES);
  finish(progress, format);
  const fileName = caseFlowchartFileName(facts.detail.caseNumber, format);
  if (!options.preview) logExport(core, actor, {
    kind: 'case_flowchart',
    fileName,
    entity: 'cases',
    entityId: caseId,
    detail: { format, caseNumber: facts.detail.caseNumber },
    content: bytes,
  });
  return exportFile(fileName, FLOWCHART_MIME[format], bytes);
}
