import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { i18n as I18n } from 'i18next';
import { useClient } from '../client-context';
import { safeLocalStorage } from '../lib/storage';
import { createAppStore, type AppState, type AppStore } from './app-store';
import { createDashboardStore, type DashboardState, type DashboardStore } from './dashboard-store';
import { createSettingsStore, type SettingsState, type SettingsStore } from './settings-store';

interface Stores {
  app: AppStore;
  dashboard: DashboardStore;
  settings: SettingsStore;
}

const StoresContext = createContext<Stores | null>(null);

/**
 * The stores of one mounted App, built on the client from context. Per App rather than
 * module-wide, so each test (or a second window) starts from a clean state.
 */
export function StoresProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const client = useClient();
  const [stores] = useState<Stores>(() => ({
    app: createAppStore({ client, i18n, storage: safeLocalStorage() }),
    dashboard: createDashboardStore(client),
    settings: createSettingsStore(client),
  }));
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('store hook outside <StoresProvider>');
  return stores;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStores().app, selector);
}

export function useDashboardStore<T>(selector: (state: DashboardState) => T): T {
  return useStore(useStores().dashboard, selector);
}

export function useSettingsStore<T>(selector: (state: SettingsState) => T): T {
  return useStore(useStores().settings, selector);
}
