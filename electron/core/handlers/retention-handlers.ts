import type { RETENTION_CHANNELS } from '../../contract/channels/retention-channels';
import { runRetention } from '../retention/retention-run';
import { saveRetentionSettings } from '../retention/retention-settings';
import { retentionStatus } from '../retention/retention-status';
import { actorOf } from '../services/operators';
import type { AreaHandlers } from './registry';

/** Retention of closed cases' personal data (Settings → 数据保留). */
export const RETENTION_HANDLERS: AreaHandlers<typeof RETENTION_CHANNELS> = {
  'retention.status': function handleRetentionStatus(core) {
    return retentionStatus(core);
  },
  'retention.settings': function handleRetentionSettings(core, call, input) {
    saveRetentionSettings(core, actorOf(call.operator ?? undefined), input);
    return retentionStatus(core);
  },
  'retention.run': function handleRetentionRun(core, call, input) {
    return runRetention(core, actorOf(call.operator ?? undefined), { asOf: input.asOf }, call.progress);
  },
};
