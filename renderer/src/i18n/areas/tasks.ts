import type { Widen } from '../widen';

/** UI strings of the tasks area (issue 4), both languages in one file so they cannot drift. */
export const tasksZhCN = {
  title: '',
};

export const tasksEn: Widen<typeof tasksZhCN> = {
  title: '',
};
