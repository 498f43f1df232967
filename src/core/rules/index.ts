/** The registry: every rule, sorted by id. A test fails when a rule is missing here. */
import analystStock from './analyst-stock';
import confidential from './confidential';
import custom from './custom';
import disclaimer from './disclaimer';
import hostile from './hostile';
import imageRights from './image-rights';
import politics from './politics';
import profanity from './profanity';
import riskyLink from './risky-link';
import tagging from './tagging';
import type { AnyRule } from './types';
import unreadLink from './unread-link';
import wrongAccount from './wrong-account';

export const RULES: readonly AnyRule[] = [
  analystStock,
  confidential,
  custom,
  disclaimer,
  hostile,
  imageRights,
  politics,
  profanity,
  riskyLink,
  tagging,
  unreadLink,
  wrongAccount,
];
