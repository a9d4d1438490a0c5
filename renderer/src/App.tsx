import { useState } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import type { Client } from './client/client';
import { ClientContext } from './client-context';
import { StoresProvider, useAppStore } from './stores/stores';
import { createI18n, readStoredLanguage } from './i18n';
import { safeLocalStorage } from './lib/storage';
import { createAppRouter } from './router';

/**
 * The whole page, given the client start-up chose. Tests mount it with a client over the real
 * core; nothing below reaches for a global transport.
 */
export function App({ client }: { client: Client }) {
  const [i18n] = useState(() => createI18n(readStoredLanguage(safeLocalStorage())));
  return (
    <ClientContext.Provider value={client}>
      <I18nextProvider i18n={i18n}>
        <StoresProvider i18n={i18n}>
          <LocalizedApp />
        </StoresProvider>
      </I18nextProvider>
    </ClientContext.Provider>
  );
}

/** antd's locale follows the UI language; the router is created once per mounted App. */
function LocalizedApp() {
  const language = useAppStore((s) => s.language);
  const [router] = useState(createAppRouter);
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} componentSize="medium">
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
