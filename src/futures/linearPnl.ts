import type { Decimal } from '../decimal/constructor.js';
import { minusUnits, timesUnits, unitsOf } from '../decimal/safeUnits.js';
import { exponentOf, fromScaledNumber } from '../decimal/scaledInteger.js';
import type { Side } from '../positions/position.js';
import type { ResolvedFuturesMarket } from './state.js';

/*
 * A linear position's PnL, and its isolated equity, on exact float64 integers
 * ([docs/decisions/0021-planner-on-safe-integers.md](../../docs/decisions/0021-planner-on-safe-integers.md)):
 * the same decimals big.js gives — PnL is exact for a linear contract, nothing is rounded — or
 * `undefined` when a value is too long for them, and the caller computes in big.js.
 */

/** side × (exit − entry) × contracts × contract size, in units of 10^pnlExponent (NaN beyond 2^52). */
function pnlUnits(market: ResolvedFuturesMarket, side: Side, entry: Decimal, contracts: Decimal, exit: Decimal): number {
  const units = timesUnits(unitsOf(contracts), unitsOf(market.contractSize));
  const move = minusUnits(unitsOf(exit), exponentOf(exit), unitsOf(entry), exponentOf(entry));
  return timesUnits(side === 'long' ? move : -move, units);
}

function pnlExponent(market: ResolvedFuturesMarket, entry: Decimal, contracts: Decimal, exit: Decimal): number {
  return Math.min(exponentOf(exit), exponentOf(entry)) + exponentOf(contracts) + exponentOf(market.contractSize);
}

/** The decimal units × 10^exponent, or `undefined` for NaN. */
function decimalOfUnits(units: number, exponent: number): Decimal | undefined {
  return Number.isNaN(units) ? undefined : fromScaledNumber(units < 0 ? -units : units, -exponent, units < 0);
}

/** `pnlAt` of a linear market, or `undefined` when a value is too long for float64 integers. */
export function linearPnlOf(market: ResolvedFuturesMarket, side: Side, entry: Decimal, contracts: Decimal, exit: Decimal): Decimal | undefined {
  return decimalOfUnits(pnlUnits(market, side, entry, contracts, exit), pnlExponent(market, entry, contracts, exit));
}

/** What a linear position's equity is read from: its side, entry, contracts and margin. */
type EquityTerms = { readonly side: Side; readonly entryPrice: Decimal; readonly quantity: Decimal; readonly margin: Decimal };

/** margin + PnL of the whole position at `exit`, in units of 10^`linearEquityExponent` (NaN beyond 2^52). */
export function linearEquityUnits(market: ResolvedFuturesMarket, position: EquityTerms, exit: Decimal): number {
  const { side, entryPrice, quantity, margin } = position;
  // margin − (−pnl), on the finer of the two grids
  return minusUnits(unitsOf(margin), exponentOf(margin), -pnlUnits(market, side, entryPrice, quantity, exit), pnlExponent(market, entryPrice, quantity, exit));
}

/** The exponent `linearEquityUnits` counts in. */
export function linearEquityExponent(market: ResolvedFuturesMarket, position: EquityTerms, exit: Decimal): number {
  return Math.min(exponentOf(position.margin), pnlExponent(market, position.entryPrice, position.quantity, exit));
}

/** margin + `pnlAt` of the whole position at `exit`, linear, or `undefined` when a value is too long for float64 integers. */
export function linearEquityOf(market: ResolvedFuturesMarket, position: EquityTerms, exit: Decimal): Decimal | undefined {
  return decimalOfUnits(linearEquityUnits(market, position, exit), linearEquityExponent(market, position, exit));
}
