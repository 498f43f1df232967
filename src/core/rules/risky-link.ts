/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'risky-link',
  meta: { title: 'risky-link', description: 'risky-link', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
