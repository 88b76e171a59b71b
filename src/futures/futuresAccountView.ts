import { zero, type Decimal } from '../decimal/constructor.js';
import { requireSealed } from '../sealed.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import { marketOfKey } from './positionKey.js';
import { availableOf, futuresRiskOf, initialMarginOf, maintenanceOf, pnlAt } from './positionMath.js';
import type { FuturesState } from './state.js';

/** A futures account as a whole at its marks (every figure in the settlement asset). */
export interface FuturesAccountView {
  /** The settlement asset every figure is in. */
  readonly asset: string;
  /** The free balance (isolated) or the wallet every position shares (cross). */
  readonly wallet: Decimal;
  /** Σ isolated margins posted to positions (cross: 0). */
  readonly positionMargin: Decimal;
  /** Σ unrealised PnL at mark. */
  readonly unrealisedPnl: Decimal;
  /** wallet + Σ position margins + Σ unrealised PnL. */
  readonly equity: Decimal;
  /** Σ initial margin (value at entry / leverage, up). */
  readonly initialMargin: Decimal;
  /** Σ maintenance margin at mark (or entry, per market). */
  readonly maintenanceMargin: Decimal;
  /** The highest margin ratio among the balances the account is judged on (each isolated position, or the cross wallet); `null` when one is unbounded. */
  readonly marginRatio: Decimal | null;
  /** What a withdrawal or a new position may use: isolated, the wallet; cross, wallet + Σ unrealised PnL − Σ initial margin, at most the wallet (and never below 0). */
  readonly availableBalance: Decimal;
  /** The account's risk status at its marks. */
  readonly status: RiskStatus;
}

/**
 * The account at its marks: wallet, margins, unrealised PnL, equity, initial and maintenance margin,
 * the worst margin ratio and the available balance — `withdraw` accepts exactly up to
 * `availableBalance`. Docs: [docs/futures.md](../../docs/futures.md) "Views".
 *
 * @example
 * futuresAccountView(account).availableBalance; // → Big('600'): 1,000 deposited, 400 posted to a 50x BTCUSDT long
 */
export function futuresAccountView(state: FuturesState): FuturesAccountView {
  requireSealed(state, 'state', 'futures');
  let positionMargin = zero();
  let unrealisedPnl = zero();
  let initialMargin = zero();
  let maintenanceMargin = zero();
  for (const [key, p] of Object.entries(state.positions)) {
    const market = marketOfKey(key);
    const m = state.rules.markets[market]!;
    positionMargin = positionMargin.plus(p.margin);
    unrealisedPnl = unrealisedPnl.plus(pnlAt(m, p, p.quantity, state.marks[market]!));
    initialMargin = initialMargin.plus(initialMarginOf(m, p, state.leverage[market]!));
    maintenanceMargin = maintenanceMargin.plus(maintenanceOf(m, p, state.marks[market]!));
  }
  const available = availableOf(state);
  return Object.freeze({
    asset: state.rules.settlementAsset,
    wallet: state.wallet,
    positionMargin,
    unrealisedPnl,
    equity: state.wallet.plus(positionMargin).plus(unrealisedPnl),
    initialMargin,
    maintenanceMargin,
    marginRatio: futuresRiskOf(state),
    availableBalance: available.lt(0) ? zero() : available,
    status: state.status,
  });
}
