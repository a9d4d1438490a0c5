import type { Widen } from '../widen';

/** UI strings of the linkage area (issue 4), both languages in one file so they cannot drift. */
export const linkageZhCN = {
  title: '',
};

export const linkageEn: Widen<typeof linkageZhCN> = {
  title: '',
};
