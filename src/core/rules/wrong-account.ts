/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'wrong-account',
  meta: { title: 'wrong-account', description: 'wrong-account', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
