/** window.localStorage, or undefined where reading it throws (some privacy settings do). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
