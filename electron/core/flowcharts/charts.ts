import type { WorkflowTemplate } from '../../contract/schemas/cases';
import type { Core } from '../core';
import { getCenter } from '../services/setup';
import { currentTemplate } from '../workflow/template-service';
import { caseChartModel, type CaseChartOptions } from './case-chart';
import { caseChartFacts, type CaseChartFacts } from './case-chart-data';
import type { ChartModel } from './chart-model';
import { layoutChart, type ChartLayout } from './layout';
import { renderSvg } from './svg-writer';
import { templateChartModel } from './template-chart';

/** A drawn chart: the SVG, and the geometry it was written from (the PDF cuts pages with it). */
export interface DrawnChart {
  svg: string;
  layout: ChartLayout;
  model: ChartModel;
}

export async function drawChart(model: ChartModel): Promise<DrawnChart> {
  const layout = await layoutChart(model);
  return { svg: renderSvg(layout), layout, model };
}

/** The current workflow template (工作流程图). Reads only. */
export function templateChart(core: Core, template: WorkflowTemplate = currentTemplate(core)): Promise<DrawnChart> {
  return drawChart(templateChartModel(template, getCenter(core)?.name ?? null));
}

/** One case's path. Reads only. */
export function caseChart(core: Core, caseId: string, options: CaseChartOptions = {}): Promise<DrawnChart> {
  return drawChart(caseChartModel(caseChartFacts(core, caseId), options));
}

export function caseChartFrom(facts: CaseChartFacts, options: CaseChartOptions = {}): Promise<DrawnChart> {
  return drawChart(caseChartModel(facts, options));
}
