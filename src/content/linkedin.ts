/** Content script for www.linkedin.com. */
import { browser } from '../platform/browser';

void browser.runtime.id;
