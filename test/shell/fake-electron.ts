/**
 * Just enough of the `electron` main-process module to run electron/main under plain Node. The
 * Electron binary cannot be downloaded here, so the shell is tested against this recorder:
 * tests install it with `vi.mock('electron', () => import('./fake-electron'))`, drive events
 * (ready, navigation, IPC) and read back what the shell asked of Electron.
 *
 * Where real Electron refuses a call (privileged schemes after 'ready', protocol.handle before it,
 * a second ipcMain.handle on one channel), the fake throws too, so ordering bugs fail here.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** An Electron-style cancellable event, optionally carrying params (Event<Params>). */
export function fakeEvent<P extends object>(params?: P): FakeEvent & P {
  const event = {
    ...(params ?? ({} as P)),
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

export class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
  reset(): void {
    this.removeAllListeners();
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.devicePermissionHandler = null;
  }
}

export interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}

export class FakeWebContents extends EventEmitter {
  readonly session: FakeSession;
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'allow' | 'deny' }) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;

  constructor(session: FakeSession = new FakeSession()) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** printToPDF calls with their options; the "PDF" is the loaded HTML behind a %PDF marker. */
  readonly printed: Record<string, unknown>[] = [];
  loadedHtml = '';
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.printed.push(options);
    return Promise.resolve(Buffer.from(`%PDF-1.4 fake\n${this.loadedHtml}`, 'utf8'));
  }

  /** What the page's window.open(url) would get back from the handler main installed. */
  openWindow(url: string): { action: 'allow' | 'deny' } | undefined {
    return this.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'foreground-tab' });
  }

  /** Emits a navigation-style event (will-navigate, will-redirect, …) the way Electron 30+ does. */
  emitNavigation(name: string, url: string): FakeEvent & { url: string } {
    const event = fakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
    this.emit(name, event, url, false, true, 1, 1);
    return event;
  }
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static windows: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;

  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.windows];
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  loadedUrl: string | null = null;
  visible = false;
  maximized = false;
  minimized = false;
  destroyed = false;
  bounds: Rect;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents(session.defaultSession);
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    FakeBrowserWindow.windows.push(this);
    // Real Electron announces every new webContents on the app before anything loads.
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  /** Like Electron, reads the file when it loads; the fake keeps its text for printToPDF. */
  loadFile(file: string): Promise<void> {
    this.loadedUrl = `file://${file}`;
    this.webContents.loadedHtml = readFileSync(file, 'utf8');
    return Promise.resolve();
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    FakeBrowserWindow.windows = FakeBrowserWindow.windows.filter((w) => w !== this);
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('closed');
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    FakeBrowserWindow.focused = this;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  setBounds(bounds: Rect): void {
    this.bounds = { ...bounds };
    this.emit('move');
    this.emit('resize');
  }
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    FakeBrowserWindow.windows = FakeBrowserWindow.windows.filter((w) => w !== this);
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  /** Ordered log of the calls whose timing matters ('registerSchemesAsPrivileged', 'ready', …). */
  calls: string[] = [];
  isReadyNow = false;
  isPackaged = false;
  lockAvailable = true;
  quitCount = 0;
  version = '1.2.3';
  /** Electron always knows the user's folders; userData is what the app pins itself. */
  paths = new Map<string, string>([['documents', '/fake-home/Documents']]);
  appUserModelId: string | null = null;
  private resolveReady: () => void = () => {};
  private readyPromise: Promise<void> = this.freshReadyPromise();

  private freshReadyPromise(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.resolveReady = resolve;
    });
  }
  reset(): void {
    this.removeAllListeners();
    this.calls = [];
    this.isReadyNow = false;
    this.isPackaged = false;
    this.lockAvailable = true;
    this.quitCount = 0;
    this.paths = new Map([['documents', '/fake-home/Documents']]);
    this.appUserModelId = null;
    this.readyPromise = this.freshReadyPromise();
  }
  /** Test helper: Electron finished initialising. */
  emitReady(): void {
    this.calls.push('ready');
    this.isReadyNow = true;
    this.emit('ready', fakeEvent(), {});
    this.resolveReady();
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.isReadyNow;
  }
  enableSandbox(): void {
    if (this.isReadyNow) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.calls.push('enableSandbox');
  }
  setPath(name: string, value: string): void {
    this.calls.push(`setPath:${name}`);
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`Failed to get '${name}' path`);
    return value;
  }
  getVersion(): string {
    return this.version;
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.lockAvailable;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  quit(): void {
    this.quitCount += 1;
  }
}

export const app = new FakeApp();

export const BrowserWindow = FakeBrowserWindow;

// `never` parameters: any listener (typed for Electron's IpcMainInvokeEvent or not) can be stored.
type InvokeListener = (event: never, ...args: never[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
  /** Test helper: what ipcRenderer.invoke(channel, payload) from `event`'s frame would resolve to. */
  async invoke(channel: string, event: unknown, payload?: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event as never, payload as never);
  },
};

export interface CustomSchemeRecord {
  scheme: string;
  privileges?: Record<string, boolean>;
}

export const protocol = {
  privileged: [] as CustomSchemeRecord[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: CustomSchemeRecord[]): void {
    if (app.isReadyNow) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    app.calls.push('registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!app.isReadyNow) throw new Error('protocol.handle can only be used after app is ready');
    this.handlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: new FakeSession(),
};

export interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

export const Menu = {
  applicationMenu: null as FakeMenu | null,
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  },
};

export const shell = {
  opened: [] as string[],
  openedPaths: [] as string[],
  /** What shell.openPath resolves with: '' for success, else Electron's error text. */
  openPathResult: '',
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
  openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return Promise.resolve(this.openPathResult);
  },
};

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as unknown[],
  /** showOpenDialog calls (parent window or null, options) and the folder the "user" picks. */
  openDialogs: [] as { parent: unknown; options: Record<string, unknown> }[],
  openDialogResult: { canceled: true, filePaths: [] as string[] },
  showOpenDialog(windowOrOptions: unknown, options?: Record<string, unknown>): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.openDialogs.push(options ? { parent: windowOrOptions, options } : { parent: null, options: windowOrOptions as Record<string, unknown> });
    return Promise.resolve(this.openDialogResult);
  },
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  showMessageBox(windowOrOptions: unknown, options?: unknown): Promise<{ response: number; checkboxChecked: boolean }> {
    this.messageBoxes.push(options ?? windowOrOptions);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
};

type StorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

const FAKE_SEALED_PREFIX = 'fake-safeStorage:';

/**
 * safeStorage with a reversible stand-in for the OS keychain (XOR behind a marker), and switches
 * for what differs between machines: whether a keychain is there, the Linux backend, and a
 * keychain that can no longer decrypt (another user, a reset keyring). Like Electron on Linux,
 * it answers only after 'ready'.
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as Exclude<StorageBackend, 'unknown'>,
  decryptFails: false,
  isEncryptionAvailable(): boolean {
    return app.isReadyNow && this.available;
  },
  getSelectedStorageBackend(): StorageBackend {
    return app.isReadyNow ? this.backend : 'unknown';
  },
  encryptString(plainText: string): Buffer {
    if (!this.isEncryptionAvailable()) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
    return Buffer.concat([Buffer.from(FAKE_SEALED_PREFIX), Buffer.from(plainText, 'utf8').map((b) => b ^ 0x5a)]);
  },
  decryptString(encrypted: Buffer): string {
    const prefix = Buffer.from(FAKE_SEALED_PREFIX);
    if (this.decryptFails || !this.isEncryptionAvailable() || !encrypted.subarray(0, prefix.length).equals(prefix)) {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    }
    return Buffer.from(encrypted.subarray(prefix.length).map((b) => b ^ 0x5a)).toString('utf8');
  },
};

export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export const screen = {
  displays: [] as FakeDisplay[],
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  },
  getPrimaryDisplay(): FakeDisplay & { workAreaSize: { width: number; height: number } } {
    const primary = this.displays[0]!;
    return { ...primary, workAreaSize: { width: primary.workArea.width, height: primary.workArea.height } };
  },
};

export function display(id: number, x: number, y: number, width: number, height: number): FakeDisplay {
  return { id, bounds: { x, y, width, height }, workArea: { x, y, width, height: height - 40 } };
}

/** Back to a freshly launched app; call in beforeEach. */
export function resetFakeElectron(): void {
  app.reset();
  FakeBrowserWindow.windows = [];
  FakeBrowserWindow.focused = null;
  ipcMain.handlers.clear();
  protocol.privileged = [];
  protocol.handlers.clear();
  session.defaultSession.reset();
  Menu.applicationMenu = null;
  shell.opened = [];
  shell.openedPaths = [];
  shell.openPathResult = '';
  dialog.errorBoxes = [];
  dialog.messageBoxes = [];
  dialog.openDialogs = [];
  dialog.openDialogResult = { canceled: true, filePaths: [] };
  screen.displays = [display(1, 0, 0, 1920, 1080)];
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.decryptFails = false;
}

resetFakeElectron();
