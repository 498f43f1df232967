/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'politics',
  meta: { title: 'politics', description: 'politics', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
