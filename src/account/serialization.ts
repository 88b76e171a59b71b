import type { AccountConfig } from './config.js';
import { toRules } from './createAccount.js';
import { accountFromJSON as restore, type AccountJSON } from './json.js';
import type { AccountState } from './state.js';

/**
 * Restores an account from `accountToJSON` output exactly, re-validating its configuration.
 * Docs: docs/state-machine.md.
 *
 * @example
 * const same = accountFromJSON(JSON.parse(JSON.stringify(accountToJSON(state))));
 */
export function accountFromJSON(json: AccountJSON): AccountState {
  return restore(json, (config: AccountConfig) => toRules(config));
}
