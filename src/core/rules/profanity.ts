/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'profanity',
  meta: { title: 'profanity', description: 'profanity', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
