/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'disclaimer',
  meta: { title: 'disclaimer', description: 'disclaimer', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
