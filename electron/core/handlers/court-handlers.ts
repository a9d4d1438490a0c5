import type { COURT_CHANNELS } from '../../contract/channels/court-channels';
import { actorOf } from '../services/operators';
import { courtOverview, exportBatch, markDelivered, rewriteBatch } from '../court/export/court-batches';
import { applyCourtImport, previewCourtImport } from '../court/import/court-import';
import { exportPublicKey, rotateSigningKey, signingKeyInfo } from '../court/keys/key-store';
import { verifyUpload } from '../court/verify/verify-upload';
import type { AreaHandlers } from './registry';

/** The court exchange: batches, verification, imports from the court, the signing key. */
export const COURT_HANDLERS: AreaHandlers<typeof COURT_CHANNELS> = {
  'court.overview': function handleCourtOverview(core) {
    return courtOverview(core);
  },
  'court.export': function handleCourtExport(core, call, input) {
    return exportBatch(core, actorOf(call.operator ?? undefined), input.mode, call.progress);
  },
  'court.rewrite': function handleCourtRewrite(core, call, input) {
    return rewriteBatch(core, actorOf(call.operator ?? undefined), input.batchNumber);
  },
  'court.markDelivered': function handleCourtMarkDelivered(core, call, input) {
    return markDelivered(core, actorOf(call.operator ?? undefined), input.batchNumber);
  },
  'court.verify': function handleCourtVerify(core, _call, input) {
    return verifyUpload(core, input);
  },
  'court.importPreview': function handleCourtImportPreview(core, _call, input) {
    return previewCourtImport(core, input);
  },
  'court.import': function handleCourtImport(core, call, input) {
    return applyCourtImport(core, actorOf(call.operator ?? undefined), input, call.progress);
  },
  'court.key': function handleCourtKey(core) {
    return signingKeyInfo(core);
  },
  'court.keyExport': function handleCourtKeyExport(core, call) {
    return exportPublicKey(core, actorOf(call.operator ?? undefined));
  },
  'court.keyRotate': function handleCourtKeyRotate(core, call, input) {
    return rotateSigningKey(core, actorOf(call.operator ?? undefined), input.reason);
  },
};
