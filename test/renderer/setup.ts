import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// The cores behind the pages run on a fixed clock (test/core/helpers/core.ts: 2026-11-27 10:00 in
// China). The page's own "today" (date pickers, default dates) must agree with it on whatever day
// the suite runs, so only Date is faked, to the same instant, and it keeps moving in real time.
vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-27T02:00:00.000Z'), shouldAdvanceTime: true });

// antd reads media queries (Grid, Sider breakpoints) and observes sizes; jsdom has neither.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
}

// jsdom does not implement pseudo-element styles and logs "Not implemented" for every call antd
// makes to measure the scrollbar; asking for the element's own style is what antd can use anyway.
const realGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, _pseudo?: string | null) => realGetComputedStyle(element);

// findBy*/waitFor give up after 1 s by default. Each test runs the real core (SQLite, demo data)
// behind the page, and on a 2-core machine running other suites in parallel a first render can
// take several seconds: a slow answer is not a wrong one, so wait longer before failing.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  // One jsdom window serves every test in a file: start each from the dashboard route, in Chinese.
  window.location.hash = '';
  window.localStorage.clear();
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  cleanup();
});
