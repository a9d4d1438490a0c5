import type { AppError, Localized } from '../../../electron/contract/result';
import { ClientError } from '../client/client';

/**
 * Whatever a store caught, as the contract's error shape, so every screen shows errors one way.
 * Errors that did not come from the core (a dropped bridge, a bug in the page) become INTERNAL.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof ClientError) return error.error;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL',
    message: { 'zh-CN': `发生意外错误：${detail}`, en: `Unexpected error: ${detail}` },
  };
}

export function pick(message: Localized, language: keyof Localized): string {
  return message[language] || message['zh-CN'];
}
