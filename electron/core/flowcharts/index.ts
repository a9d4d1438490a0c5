import type { Core } from '../core';
import type { CaseChartOptions } from './case-chart';
import { caseChart, templateChart } from './charts';

/**
 * Flowcharts (流程图) for the app, the CLI and other documents (the case outcome summary embeds
 * the case chart: PNG in its DOCX, SVG in its PDF's HTML): the published workflow drawn from the
 * current template, and the path one case took. Self-contained SVG text laid out with elkjs;
 * svgToPng rasterises either (2× by default) with the machine's CJK font.
 */

export { svgToPng } from './svg-png';
export type { CaseChartOptions } from './case-chart';

/** The current workflow template as an SVG flowchart. Reads only. */
export async function templateFlowchartSvg(core: Core): Promise<string> {
  return (await templateChart(core)).svg;
}

/**
 * The case's own path as an SVG flowchart. Reads only. `redact` is applied to every free text
 * taken from the case (title, activity descriptions, outcome, reasons), for a version that must
 * not name the parties.
 */
export async function caseFlowchartSvg(core: Core, caseId: string, options: CaseChartOptions = {}): Promise<string> {
  return (await caseChart(core, caseId, options)).svg;
}
