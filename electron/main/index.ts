/**
 * Electron main entry (built to out/main/index.js). The shell only: lifecycle, windows, menu and
 * IPC wiring live in ./lifecycle and its small helpers; all domain logic is in electron/core.
 */
import { startShell } from './lifecycle';

startShell();
