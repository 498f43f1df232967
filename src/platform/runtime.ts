/** Runtime wrappers for pages: messages to the background, the options page. */
import { browser } from './browser';

export function sendToBackground(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
