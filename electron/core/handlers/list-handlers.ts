import type { LIST_CHANNELS } from '../../contract/channels/list-channels';
import { listCases } from '../cases/case-list';
import { deleteSavedView, listSavedViews, saveSavedView } from '../cases/saved-views';
import { searchCases } from '../search/search';
import type { AreaHandlers } from './registry';

export const LIST_HANDLERS: AreaHandlers<typeof LIST_CHANNELS> = {
  'cases.list': function handleCasesList(core, _call, input) {
    return listCases(core, input);
  },
  'cases.search': function handleCasesSearch(core, _call, input) {
    return searchCases(core, input.text, input.limit === undefined ? {} : { limit: input.limit });
  },
  'views.list': function handleViewsList(core, call) {
    return listSavedViews(core, call.operator!.id);
  },
  'views.save': function handleViewsSave(core, call, input) {
    return saveSavedView(core, call.operator!, input);
  },
  'views.delete': function handleViewsDelete(core, call, input) {
    return deleteSavedView(core, call.operator!, input.id);
  },
};
