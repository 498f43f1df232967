/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'custom',
  meta: { title: 'custom', description: 'custom', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
