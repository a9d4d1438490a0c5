import { createContext, useContext } from 'react';
import type { Client } from './client/client';

export const ClientContext = createContext<Client | null>(null);

/** The typed client start-up chose (tests pass one over the in-process transport). */
export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <App>: no client in context');
  return client;
}
