/**
 * Storage wrappers: the only place that touches `browser.storage`, so pages and the worker can be
 * tested with this module mocked.
 */
import { browser } from './browser';

export type WritableArea = 'sync' | 'local' | 'session';
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export async function getItems(area: WritableArea, keys: string[]): Promise<Record<string, unknown>> {
  return (await browser.storage[area].get(keys)) as Record<string, unknown>;
}

export async function setItems(area: WritableArea, items: Record<string, unknown>): Promise<void> {
  await browser.storage[area].set(items);
}

export async function removeItems(area: WritableArea, keys: string[]): Promise<void> {
  await browser.storage[area].remove(keys);
}

export type ManagedRead = { answered: true; items: Record<string, unknown> } | { answered: false };

/**
 * Reads storage.managed, giving up after `timeoutMs`. Chromium 156's worker never gets an answer
 * while no tab is open, so callers must treat "no answer" as "keep what you knew". Firefox
 * rejects when no policy is set at all; that is an answer: nothing is managed.
 */
export function readManagedStorage(timeoutMs: number): Promise<ManagedRead> {
  const read = browser.storage.managed.get().then(
    (items): ManagedRead => ({ answered: true, items: items as Record<string, unknown> }),
    (): ManagedRead => ({ answered: true, items: {} }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ManagedRead>((resolve) => {
    timer = setTimeout(() => resolve({ answered: false }), timeoutMs);
  });
  return Promise.race([read, timeout]).finally(() => clearTimeout(timer));
}

/** Subscribes to changes in every area; returns the unsubscribe function. */
export function onStorageChanged(listener: (changes: StorageChanges, area: string) => void): () => void {
  const wrapped = (changes: StorageChanges, area: string) => listener(changes, area);
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}
