/** Content script for x.com / twitter.com. */
import { browser } from '../platform/browser';

void browser.runtime.id;
