import type { DecimalInput } from '../decimal/toDecimal.js';
import type { RiskModel } from '../risk/model.js';
import type { RiskThresholds } from '../risk/thresholds.js';

/** What an account holds and owes of one asset (owed: principal plus unpaid interest). Each defaults to 0. */
export interface Holding {
  /** What the account holds of the asset, in its units. Default 0. */
  readonly held?: DecimalInput;
  /** What it owes of the asset (principal + unpaid interest), in its units. Default 0. */
  readonly debt?: DecimalInput;
}

/**
 * One account as a risk service tracks it: an id and its holdings per asset. An isolated pair
 * account holds two assets (`{ BTC: { held, debt }, USDT: { held, debt } }`); a cross account any
 * number. `holdingsOf(state)` gives the holdings of a state-machine account.
 */
export interface MonitoredAccount {
  /** Unique within a book or index. */
  readonly id: string;
  /** What it holds and owes, by asset. */
  readonly holdings: Readonly<Record<string, Holding>>;
}

/** The rules every account of a book or index is classified by (one venue, mode or pair). */
export interface MonitorRules {
  /** Default `{ kind: 'debtRatio' }`. */
  readonly model?: RiskModel;
  /** Default 0.8 / 1.0 (1.3 / 1.1 for `marginLevel`). Both bounds are inclusive. */
  readonly thresholds?: RiskThresholds;
  /** The asset prices are quoted in; priced at 1 unless the prices say otherwise. Default `'USDT'`. */
  readonly valuationAsset?: string;
}
