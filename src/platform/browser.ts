/**
 * The one wrapper over webextension-polyfill: nothing else imports it, so tests can replace
 * this module and a Firefox build needs no other changes.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };
