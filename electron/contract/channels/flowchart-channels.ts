import type { ChannelSpec } from '../channel-spec';
import { ExportFileSchema } from '../schemas/files';
import { FlowchartCaseInputSchema, FlowchartTemplateInputSchema } from '../schemas/flowcharts';

/** Flowcharts (流程图): the workflow from the current template, and one case's path; each export is audited. */
export const FLOWCHART_CHANNELS = {
  'flowchart.template': { input: FlowchartTemplateInputSchema, output: ExportFileSchema, permission: 'reports.read', writes: false },
  'flowchart.case': { input: FlowchartCaseInputSchema, output: ExportFileSchema, permission: 'reports.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
