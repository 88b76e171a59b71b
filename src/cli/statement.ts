import { createAccount } from '../account/createAccount.js';
import type { AccountConfig } from '../account/config.js';
import type { AccountJSON } from '../account/json.js';
import { accountToJSON, accountFromJSON } from '../decider/json.js';

import type { AccountState } from '../account/state.js';
import { MarginError, shown } from '../errors.js';
import { STORED } from '../decimal/bounds.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { requireObject, requireShape, type Shape } from '../input/shape.js';
import { accountValuation } from '../risk/accountValuation.js';
import { statusOf } from '../risk/riskStatus.js';
import type { RiskModel } from '../risk/model.js';
import type { RiskThresholds } from '../risk/thresholds.js';
import type { VenuePreset } from '../venues/venuePreset.js';

/**
 * An account as a venue's statement shows it: what it holds and owes at which prices. The `plan`
 * command reads this (or `accountToJSON` output) from a JSON file.
 */
export interface AccountStatement {
  /** Free text for people (the JSON Schema convention); not read. */
  readonly $comment?: string;
  readonly mode?: 'cross' | 'isolated';
  /** Default USDT; an isolated account's quote. */
  readonly valuationAsset?: string;
  readonly riskModel?: RiskModel;
  readonly thresholds?: RiskThresholds;
  readonly maxLeverage?: string;
  /** The pair's maintenance rate, where the venue sets one per pair (Bitget isolated). */
  readonly maintenanceMarginRate?: string;
  readonly prices: Readonly<Record<string, string>>;
  readonly balances: Readonly<Record<string, string>>;
  /** Interest included as `interest`, owed on top of `principal`. */
  readonly loans?: Readonly<Record<string, { readonly principal: string; readonly interest?: string }>>;
  /** Epoch ms; default 0. */
  readonly at?: number;
}

function bad(message: string, field: string): MarginError {
  return new MarginError('INVALID_CONFIG', message, { field });
}

const STATEMENT: Shape<AccountStatement> = { $comment: true, mode: true, valuationAsset: true, riskModel: true, thresholds: true, maxLeverage: true, maintenanceMarginRate: true, prices: true, balances: true, loans: true, at: true };
const LOAN: Shape<NonNullable<AccountStatement['loans']>[string]> = { principal: true, interest: true };

/** A validated, frozen account holding and owing exactly what the statement says. */
export function accountFromStatement(statement: AccountStatement, venue: VenuePreset | undefined, maintenanceMarginRate?: string): AccountState {
  requireObject(statement, 'account', 'INVALID_CONFIG');
  if (Object.prototype.hasOwnProperty.call(statement, 'config')) return accountFromJSON(statement as unknown as AccountJSON);
  requireShape(statement, 'account', STATEMENT, 'INVALID_OPTION', 'INVALID_CONFIG');
  requireObject(statement.prices, 'prices', 'INVALID_CONFIG');
  requireObject(statement.balances, 'balances', 'INVALID_CONFIG');
  const valuationAsset = statement.valuationAsset ?? 'USDT';
  const loans = statement.loans ?? {};
  requireObject(loans, 'loans', 'INVALID_CONFIG');
  for (const [asset, loan] of Object.entries(loans)) requireShape(loan, `loans.${asset}`, LOAN, 'INVALID_OPTION', 'INVALID_CONFIG');
  const others = [...new Set([...Object.keys(statement.prices), ...Object.keys(statement.balances), ...Object.keys(loans)])].filter((a) => a !== valuationAsset);
  const at = statement.at ?? 0;
  const common = {
    ...(venue && { venue }),
    ...(statement.riskModel && { riskModel: statement.riskModel }),
    ...(statement.thresholds && { thresholds: statement.thresholds }),
    ...(statement.maxLeverage !== undefined && { maxLeverage: statement.maxLeverage }),
    ...((maintenanceMarginRate ?? statement.maintenanceMarginRate) !== undefined && { maintenanceMarginRate: (maintenanceMarginRate ?? statement.maintenanceMarginRate) as string }),
    interest: Object.fromEntries([valuationAsset, ...others].map((a) => [a, { rate: '0' }])),
    prices: statement.prices,
    at,
  };
  let config: AccountConfig;
  if (statement.mode === 'isolated') {
    if (others.length !== 1) throw bad('an isolated statement holds one base asset besides the quote', 'balances');
    config = { mode: 'isolated', pair: { base: others[0] as string, quote: valuationAsset }, ...common };
  } else {
    if (statement.mode !== undefined && statement.mode !== 'cross') throw bad(`mode must be 'cross' or 'isolated', got ${shown(statement.mode)}`, 'mode');
    config = { mode: 'cross', assets: others, valuationAsset, ...common };
  }
  const empty = createAccount(config);
  const owed = Object.fromEntries(Object.entries(loans).map(([a, l]) => [a, { principal: l.principal, interest: l.interest ?? '0' }]));
  const { assets, liabilities } = accountValuation({ balances: statement.balances, loans: owed, prices: statement.prices, valuationAsset });
  // A loan with nothing left to repay is not a loan; one whose principal is repaid has no open borrow.
  const open = Object.entries(owed).filter(([, l]) => !(isZeroText(l.principal) && isZeroText(l.interest)));
  return accountFromJSON({
    ...accountToJSON(empty),
    balances: statement.balances,
    loans: Object.fromEntries(open.map(([a, l]) => [a, { ...l, tranches: isZeroText(l.principal) ? [] : [{ principal: l.principal, borrowedAt: at, accruedTo: at }] }])),
    status: statusOf(assets, liabilities, empty.rules.liquidation, empty.rules.marginCall),
  });
}

/** Whether a decimal (already checked by the valuation) is zero. */
function isZeroText(value: string): boolean {
  return toDecimal(value, 'value', STORED).c[0] === 0;
}
