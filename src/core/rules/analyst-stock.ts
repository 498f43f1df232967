/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'analyst-stock',
  meta: { title: 'analyst-stock', description: 'analyst-stock', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
