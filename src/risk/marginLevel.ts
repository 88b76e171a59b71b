import type { Decimal } from '../decimal/constructor.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { riskRateOf } from './riskRate.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `marginLevel`: assets and liabilities in one valuation asset. */
export interface MarginLevelInput {
  /** Everything held, in the valuation asset. */
  readonly assets: DecimalInput;
  /** Everything owed (principal and interest), in the valuation asset. */
  readonly liabilities: DecimalInput;
  /** Decimal places, default 8. Rounds `floor` (a lower level is riskier). */
  readonly scale?: number;
}

const SHAPE: Shape<MarginLevelInput> = { assets: true, liabilities: true, scale: true };

/**
 * Binance's and Gate's margin level: total assets / total liabilities; lower is riskier.
 * `null` when there is no debt (the level is unbounded). Formula page: [docs/risk.md](../../docs/risk.md).
 *
 * @example
 * marginLevel({ assets: '1100', liabilities: '1000' }) // → Big('1.1'): Binance cross liquidation
 */
export function marginLevel(given: MarginLevelInput): Decimal | null {
  const input = readShape(given, '', SHAPE);
  const assets = toAmount(input.assets, 'assets');
  const liabilities = toAmount(input.liabilities, 'liabilities');
  return riskRateOf(assets, liabilities, { kind: 'marginLevel' }, toScale(input.scale));
}
