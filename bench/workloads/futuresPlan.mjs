// planFuturesLiquidation (full) for isolated BTCUSDT perpetual longs marked down past their
// liquidation price: each position taken over at its bankruptcy price and closed at an exit 50 below
// the mark, the fund's share being margin + PnL at the exit (docs/futures.md "Liquidation").
import Big from 'big.js';
import { createFuturesAccount, execute, planFuturesLiquidation } from '../../dist/index.js';
import { generator } from '../random.mjs';

export const name = 'planFuturesLiquidation, isolated full';
export const unit = 'plans';
export const target = { opsPerSecond: 20_000 };

const T0 = Date.UTC(2024, 0, 1);
const LEVERAGE = 10;
const ENTRY = 60000;
const MARK = 54000; // below 60,000 × 0.9 / 0.995 = 54,271.36…, the 10x long's liquidation price at 0.5%
const EXIT = 53950;
const config = {
  marginMode: 'isolated',
  markets: { BTCUSDT: { maxLeverage: 100, leverage: LEVERAGE, maintenanceMarginRate: '0.005', lotSize: '0.001' } },
  marks: { BTCUSDT: String(ENTRY) },
  at: T0,
};
const options = { exitPrices: { BTCUSDT: String(EXIT) } };

function must(state, command) {
  const r = execute(state, command);
  if (!r.ok) throw new Error(`${command.type}: ${r.rejection.code}`);
  return r.state;
}

export function setup(size) {
  const g = generator(15);
  const start = must(createFuturesAccount(config), { type: 'deposit', at: T0, asset: 'USDT', amount: '100000' });
  const accounts = [];
  const quantities = [];
  const strings = [];
  for (let i = 0; i < size; i++) {
    const quantity = g.decimal(0.001, 1, 3);
    const open = must(start, { type: 'trade', at: T0, market: 'BTCUSDT', side: 'buy', quantity, price: String(ENTRY) });
    accounts.push(must(open, { type: 'updateMarks', at: T0 + 60_000, marks: { BTCUSDT: String(MARK) } }));
    quantities.push(Number(quantity));
    strings.push(quantity);
  }
  return { accounts, quantities, strings };
}

export const library = ({ accounts }) => accounts.map((account) => planFuturesLiquidation(account, options));

/** The float floor: is it due (margin + PnL at mark ≤ maintenance), and the fund's share margin + PnL at the exit. */
export const float = ({ quantities }) =>
  quantities.map((q) => {
    const margin = (q * ENTRY) / LEVERAGE;
    if (margin + q * (MARK - ENTRY) > q * MARK * 0.005) return null;
    return Math.round((margin + q * (EXIT - ENTRY)) * 1e8) / 1e8;
  });

/** Agreement on the fund's share at 8 places. */
export const same = (plan, approximate) => approximate !== null && plan.liquidatable && plan.fundDelta.eq(new Big(approximate).toFixed(8));

/** A peer's numbers, parsed once as the accounts' are. */
export const peerInputs = (P, { strings }) => ({ rows: strings.map(P.of), entry: P.of(String(ENTRY)), mark: P.of(String(MARK)), exit: P.of(String(EXIT)), leverage: P.of(String(LEVERAGE)), mmr: P.of('0.005') });

/** The float floor written in a peer: due when margin + PnL at mark ≤ maintenance; the fund's share margin + PnL at the exit. */
export function peer(P, { rows, entry, mark, exit, leverage, mmr }) {
  return rows.map((q) => {
    const margin = P.ceil(P.div(P.mul(q, entry), leverage), 8);
    if (P.cmp(P.add(margin, P.mul(q, P.sub(mark, entry))), P.mul(P.mul(q, mark), mmr)) > 0) return null;
    return P.str(P.add(margin, P.mul(q, P.sub(exit, entry))));
  });
}

export const peerSame = (plan, other) => other !== null && plan.liquidatable && plan.fundDelta.eq(other);
