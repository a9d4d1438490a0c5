import type { Core } from '../../core';
import { caseFlowchartSvg } from '../../flowcharts';
import { figureSlices } from '../../summaries/case/flowchart-figure';
import { readCaseSummary } from '../../summaries/case/read-summary';
import { renderDocument } from '../../summaries/case/render-document';
import { caseSummaryDocument } from '../../summaries/case/summary-document';

/**
 * The case outcome summary PDF (化解结果摘要) as bytes, built from the same model, flowchart and
 * official-document HTML as exportCaseSummary, but not audited on its own: in a court package it
 * is part of the batch, whose audit entry carries the package's SHA-256.
 *
 * The flowchart slices skip their PNG: the PDF's HTML inlines each slice's SVG (figure-html.ts) and
 * never looks at the PNG, which only the DOCX embeds — and rasterising it costs 0.3–2 s a case
 * (resvg), far more than printing the page.
 */
const NO_PNG = (): Uint8Array => new Uint8Array(0);

export async function outcomeSummaryPdf(core: Core, caseId: string): Promise<Uint8Array> {
  const model = readCaseSummary(core, caseId);
  const figure = figureSlices(await caseFlowchartSvg(core, caseId), NO_PNG);
  return renderDocument(core, caseSummaryDocument(model, figure), 'pdf');
}
