import type { Widen } from '../widen';

/** UI strings of the agencies area (issue 4), both languages in one file so they cannot drift. */
export const agenciesZhCN = {
  title: '',
};

export const agenciesEn: Widen<typeof agenciesZhCN> = {
  title: '',
};
