/** Optional permissions (following short links, browser history), through the one wrapper. */
import { browser } from './browser';

export interface PermissionSet {
  origins?: string[];
  permissions?: string[];
}

type Manifest = Parameters<typeof browser.permissions.request>[0];

export function hasPermissions(set: PermissionSet): Promise<boolean> {
  return browser.permissions.contains(set as Manifest);
}

/** Must run inside the click that asked for it: the browser shows its own prompt. */
export function requestPermissions(set: PermissionSet): Promise<boolean> {
  return browser.permissions.request(set as Manifest);
}

export function removePermissions(set: PermissionSet): Promise<boolean> {
  return browser.permissions.remove(set as Manifest);
}

/** Runs `listener` when any optional permission is granted or removed (also from chrome://extensions). */
export function onPermissionsChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
