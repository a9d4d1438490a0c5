import type { PERIOD_CHANNELS } from '../../contract/channels/period-channels';
import { actorOf } from '../services/operators';
import { periodFigures } from '../summaries/period/figures';
import { exportPeriodSummary } from '../summaries/period/summary-export';
import type { AreaHandlers } from './registry';

export const PERIOD_HANDLERS: AreaHandlers<typeof PERIOD_CHANNELS> = {
  'summary.periodFigures': function handlePeriodFigures(core, _call, input) {
    return periodFigures(core, input.period);
  },
  'summary.period': function handlePeriodSummary(core, call, input) {
    return exportPeriodSummary(core, actorOf(call.operator ?? undefined), input.period, input.format, call.progress);
  },
};
