/**
 * Tab wrappers. Messaging a tab by id needs no permission; only our content scripts answer, so
 * the popup learns "Preflight is active here" from the answer itself, with no "tabs" or
 * "activeTab" permission.
 */
import { browser } from './browser';

/** The active tab of the current window, or null (e.g. a devtools window). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function sendToTab(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * Sends a message to every tab that may run our content scripts. Without the "tabs" permission
 * tab URLs are hidden, so every tab is tried; tabs without our content script reject at once.
 */
export async function broadcastToTabs(message: unknown): Promise<number> {
  const tabs = await browser.tabs.query({});
  const results = await Promise.allSettled(
    tabs.filter((t) => t.id !== undefined).map((t) => browser.tabs.sendMessage(t.id as number, message)),
  );
  return results.filter((r) => r.status === 'fulfilled').length;
}
