import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalUrl } from './external-links';

type OpenExternal = (url: string) => Promise<void> | void;

interface GuardedEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Cancels any navigation that would leave our origin (the page never hosts foreign content). */
function preventForeignNavigation(event: GuardedEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Electron's security checklist, items 13–15, for one webContents: no new windows (web links go
 * to the system browser instead), no navigation or redirect away from app://adr, no <webview>.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(function handleWindowOpen({ url }) {
    openExternalUrl(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', preventForeignNavigation);
  contents.on('will-frame-navigate', preventForeignNavigation);
  contents.on('will-redirect', preventForeignNavigation);
  contents.on('will-attach-webview', function refuseWebview(event) {
    event.preventDefault();
  });
}

/**
 * The app needs no camera, microphone, notifications, geolocation, USB, … from the web platform:
 * every request and every check is refused. Both handlers are required, the request handler alone
 * leaves the synchronous permission checks answering "granted".
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler(function denyPermissionRequest(_contents, _permission, callback) {
    callback(false);
  });
  session.setPermissionCheckHandler(function denyPermissionCheck() {
    return false;
  });
  session.setDevicePermissionHandler(function denyDevicePermission() {
    return false;
  });
}

/**
 * Hardens a webContents and the session it uses. Main calls this from 'web-contents-created', so it
 * covers the main window and any webContents created later (devtools, print previews, …) before
 * they load anything.
 */
export function installSecurity(
  contents: WebContents,
  session: Session,
  // Reached only through openExternalUrl, which passes http(s) URLs alone (test/shell/security.test.ts).
  openExternal: OpenExternal = (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
): void {
  hardenWebContents(contents, openExternal);
  hardenSession(session);
}
