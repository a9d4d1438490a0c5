import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ErrorBoundary } from '../../renderer/src/components/ErrorBoundary';
import { createI18n } from '../../renderer/src/i18n';

function Boom(): never {
  throw new Error('boom in a page');
}

describe('the page error boundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces a crashed page with a friendly message and a reload button, and logs the error', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <ErrorBoundary resetKey="/cases">
          <Boom />
        </ErrorBoundary>
      </I18nextProvider>,
    );

    expect(screen.getByTestId('error-fallback')).toHaveTextContent('页面出错了');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
    expect(screen.getByText('boom in a page')).toBeInTheDocument();
    expect(logged.mock.calls.some((call) => call[0] === 'Page crashed')).toBe(true);
  });

  it('recovers when the route changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const wrap = (key: string, child: ReactNode) => (
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <ErrorBoundary resetKey={key}>{child}</ErrorBoundary>
      </I18nextProvider>
    );
    const view = render(wrap('/cases', <Boom />));
    expect(screen.getByTestId('error-fallback')).toBeInTheDocument();
    view.rerender(wrap('/meetings', <p>会议页</p>));
    expect(screen.queryByTestId('error-fallback')).not.toBeInTheDocument();
    expect(screen.getByText('会议页')).toBeInTheDocument();
  });
});
