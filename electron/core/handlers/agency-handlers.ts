import type { AGENCY_CHANNELS } from '../../contract/channels/agency-channels';
import { getAgencyDetail } from '../agencies/agency-detail';
import { listAgencies } from '../agencies/agency-list';
import { saveAgency } from '../agencies/agency-save';
import { saveContact } from '../agencies/contact-save';
import { importAgencies, previewAgencyImport } from '../agencies/import/import-agencies';
import { agencyImportTemplate } from '../agencies/import/import-template';
import { actorOf } from '../services/operators';
import type { AreaHandlers, CallContext } from './registry';

/** The acting operator as the audit log records it (non-public channels always have one). */
function actor(call: CallContext) {
  return actorOf(call.operator ?? undefined);
}

export const AGENCY_HANDLERS: AreaHandlers<typeof AGENCY_CHANNELS> = {
  'agencies.list': function handleAgenciesList(core, _call, input) {
    return listAgencies(core, input);
  },
  'agencies.get': function handleAgencyGet(core, _call, input) {
    return getAgencyDetail(core, input.id);
  },
  'agencies.save': function handleAgencySave(core, call, input) {
    return saveAgency(core, actor(call), input);
  },
  'contacts.save': function handleContactSave(core, call, input) {
    return saveContact(core, actor(call), input);
  },
  'agencies.importPreview': function handleAgencyImportPreview(core, _call, input) {
    return previewAgencyImport(core, input);
  },
  'agencies.import': function handleAgencyImport(core, call, input) {
    return importAgencies(core, actor(call), input);
  },
  'agencies.template': function handleAgencyTemplate(_core, _call, input) {
    return agencyImportTemplate(input.format);
  },
};
