import type { FLOWCHART_CHANNELS } from '../../contract/channels/flowchart-channels';
import { exportCaseFlowchart, exportTemplateFlowchart } from '../flowcharts/flowchart-export';
import { actorOf } from '../services/operators';
import type { AreaHandlers } from './registry';

/** Flowcharts as files (SVG, PNG, PDF); PNG and PDF report progress and can be cancelled between steps. */
export const FLOWCHART_HANDLERS: AreaHandlers<typeof FLOWCHART_CHANNELS> = {
  'flowchart.template': function handleFlowchartTemplate(core, call, input) {
    return exportTemplateFlowchart(core, actorOf(call.operator ?? undefined), input.format, call.progress, { preview: input.preview });
  },
  'flowchart.case': function handleFlowchartCase(core, call, input) {
    return exportCaseFlowchart(core, actorOf(call.operator ?? undefined), input.caseId, input.format, call.progress, { preview: input.preview });
  },
};
