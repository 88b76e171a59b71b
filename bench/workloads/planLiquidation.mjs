// planLiquidation (partial, Bitget-style) for liquidatable cross accounts of five assets: four coins
// held, USDT owed, after a crash. Bitget's blog model: risk = L·MMR/(A − L) with MMR 10%,
// liquidated at risk ≥ 1 (A ≤ 1.1·L), sold "until the risk ratio is no more than 50%" (A ≥ 1.2·L);
// 1% liquidation fee, 0.5% slippage.
import Big from 'big.js';
import { accountFromJSON, accountToJSON, createAccount, planLiquidation } from '../../dist/index.js';
import { generator } from '../random.mjs';

export const name = 'planLiquidation, 5-asset cross';
export const unit = 'plans';
export const target = { opsPerSecond: 20_000 };

const AT = Date.UTC(2024, 2, 1, 9, 0);
const COINS = ['BTC', 'ETH', 'SOL', 'XRP'];
const PRICES = { BTC: '41000', ETH: '2100', SOL: '95', XRP: '0.41' };
const LOTS = { BTC: '0.00001', ETH: '0.0001', SOL: '0.01', XRP: '1' };
const options = { mode: 'partial', targetRiskRate: '0.5', feeRate: '0.01', slippage: '0.005', lotSizes: LOTS };
const riskModel = { kind: 'maintenance', maintenanceMarginRate: '0.1' };
const FEE = 0.01;
const SLIPPAGE = 0.005;

export function setup(size) {
  const g = generator(6);
  const interest = Object.fromEntries(['USDT', ...COINS].map((a) => [a, { rate: '0' }]));
  const empty = accountToJSON(createAccount({ mode: 'cross', assets: COINS, interest, prices: PRICES, at: AT, riskModel }));
  const accounts = [];
  const floats = [];
  const strings = [];
  for (let i = 0; i < size; i++) {
    const balances = {};
    let value = 0;
    for (const coin of COINS) {
      balances[coin] = g.decimal(0.5, 3000 / Number(PRICES[coin]), 4);
      value += Number(balances[coin]) * Number(PRICES[coin]);
    }
    balances.USDT = '0';
    // Assets between 1.02 and 1.1 times what is owed at the crash: at or past liquidation.
    const owed = (value / (1.02 + 0.08 * g.next())).toFixed(2);
    const loans = { USDT: { principal: owed, interest: '0', tranches: [{ principal: owed, borrowedAt: AT, accruedTo: AT }] } };
    accounts.push(accountFromJSON({ ...empty, balances, loans, status: 'liquidation' }));
    floats.push({ held: COINS.map((c) => Number(balances[c])), owed: Number(owed) });
    strings.push({ held: COINS.map((c) => balances[c]), owed });
  }
  return { accounts, floats, strings };
}

export const library = ({ accounts }) => accounts.map((account) => planLiquidation(account, options));

/** The float floor: docs/liquidation.md's closed form x = (k·L − A)/(k·g − 1), sold largest first in lots. */
export function float({ floats }) {
  const prices = COINS.map((c) => Number(PRICES[c]));
  const lots = COINS.map((c) => Number(LOTS[c]));
  const g = (1 - FEE) * (1 - SLIPPAGE);
  const k = 1.2; // back to risk 0.5: A ≥ (1 + 0.1 / 0.5)·L
  return floats.map(({ held, owed }) => {
    let assets = 0;
    for (let j = 0; j < held.length; j++) assets += held[j] * prices[j];
    let liabilities = owed;
    if (k * g <= 1) return null;
    let needed = (k * liabilities - assets) / (k * g - 1);
    const order = [0, 1, 2, 3].sort((x, y) => held[y] * prices[y] - held[x] * prices[x]);
    let sold = 0;
    for (const j of order) {
      if (needed <= 0) break;
      const quantity = Math.min(held[j], Math.ceil(needed / prices[j] / lots[j]) * lots[j]);
      const value = quantity * prices[j];
      sold += value;
      needed -= value;
      liabilities -= value * g;
    }
    return Math.round(sold * 1e8) / 1e8;
  });
}

/** Agreement on the value sold (Σ quantity × price) at 8 places. */
export function same(plan, approximate) {
  const sold = plan.steps.filter((s) => s.kind === 'sell').reduce((sum, s) => sum.plus(s.quantity.times(s.price)), new Big(0));
  return approximate !== null && sold.eq(approximate.toFixed(8));
}

/** A peer's numbers, parsed once as the accounts' are. */
export const peerInputs = (P, { strings }) => ({
  rows: strings.map(({ held, owed }) => ({ held: held.map(P.of), owed: P.of(owed) })),
  prices: COINS.map((c) => P.of(PRICES[c])),
  lots: COINS.map((c) => P.of(LOTS[c])),
  g: P.mul(P.sub(P.of('1'), P.of(String(FEE))), P.sub(P.of('1'), P.of(String(SLIPPAGE)))),
  k: P.of('1.2'),
  one: P.of('1'),
  zero: P.of('0'),
});

/** The float floor's closed form written in a peer: x = (k·L − A)/(k·g − 1), sold largest first in whole lots. */
export function peer(P, { rows, prices, lots, g, k, one, zero }) {
  const kg1 = P.sub(P.mul(k, g), one);
  return rows.map(({ held, owed }) => {
    let assets = zero;
    const values = held.map((h, j) => P.mul(h, prices[j]));
    for (const v of values) assets = P.add(assets, v);
    let needed = P.div(P.sub(P.mul(k, owed), assets), kg1);
    const order = [0, 1, 2, 3].sort((x, y) => P.cmp(values[y], values[x]));
    let sold = zero;
    for (const j of order) {
      if (P.cmp(needed, zero) <= 0) break;
      const lotsNeeded = P.ceil(P.div(P.div(needed, prices[j]), lots[j]), 0);
      const wanted = P.mul(lotsNeeded, lots[j]);
      const quantity = P.cmp(wanted, held[j]) < 0 ? wanted : held[j];
      const value = P.mul(quantity, prices[j]);
      sold = P.add(sold, value);
      needed = P.sub(needed, value);
    }
    return P.str(sold);
  });
}

export function peerSame(plan, other) {
  const sold = plan.steps.filter((s) => s.kind === 'sell').reduce((sum, s) => sum.plus(s.quantity.times(s.price)), new Big(0));
  return sold.eq(other);
}
