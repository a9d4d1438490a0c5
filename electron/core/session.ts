/**
 * Who is acting, held by whoever owns the connection to the user (the Electron main process, the
 * browser-mode server, a CLI run, a test). The core receives it with every call. Sign-in and
 * locking arrive with the operators issue; until then the session starts as the operator that
 * first-run setup created.
 */
export interface Session {
  operatorId: string | null;
}

export function newSession(): Session {
  return { operatorId: null };
}
