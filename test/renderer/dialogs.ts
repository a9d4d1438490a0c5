import { screen, waitFor } from '@testing-library/react';

/**
 * The open antd modal whose title is `title`. Under jsdom every generated id is the same, so a
 * modal's aria-labelledby can point at another element and `getByRole('dialog', { name })` is
 * unreliable: the title is read from the modal itself.
 */
export function findDialog(title: string | RegExp, timeout = 3000): Promise<HTMLElement> {
  return waitFor(
    () => {
      const dialogs = screen.getAllByRole('dialog').filter((d) => {
        const text = d.querySelector('.ant-modal-title')?.textContent ?? '';
        return typeof title === 'string' ? text === title : title.test(text);
      });
      if (dialogs.length === 0) throw new Error(`no open dialog titled ${String(title)}`);
      return dialogs.at(-1)!;
    },
    { timeout },
  );
}

/** The first screen of a test waits for the whole demo data set to be read: allow for a busy machine. */
export const FIRST_LOAD = { timeout: 10_000 };
