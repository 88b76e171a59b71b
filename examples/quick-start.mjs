// The quick start: a 1,000 USDT margin at 3x on Bitget's rules, through the public API of the built package.
import Big from 'big.js';
import { accountValuation, accruedInterest, chargeInstants, marginLevel, maxBorrowable, riskRate, riskStatus } from 'margin-math';

const margin = '1000'; // USDT of collateral
const dailyRate = '0.000126279'; // Bitget's USDT daily rate in its own interest example (0.0126279%)
const entryPrice = '60000'; // USDT per BTC

const line = (label, value) => console.log(`  ${label.padEnd(34)} ${value}`);

console.log('margin-math quick start — 1,000 USDT margin, cross 3x, Bitget rules\n');

// 1. What may be borrowed, and which of the three limits binds.
const borrow = maxBorrowable({ margin, maxLeverage: 3 });
console.log('1. Borrowing limit');
line('max borrowable', `${borrow.amount.toFixed()} USDT`);
line('limited by', borrow.limitedBy);
const withPool = maxBorrowable({ margin, maxLeverage: 3, poolRemaining: '1500' });
line('…if the pool had only 1,500 left', `${withPool.amount.toFixed()} USDT (limited by ${withPool.limitedBy})`);

// 2. Borrow it all at 09:00 UTC; five hours later, under Bitget's hourly clock.
const from = Date.UTC(2024, 2, 1, 9, 0);
const to = Date.UTC(2024, 2, 1, 14, 0);
const clock = { kind: 'clockHours' };
const charges = chargeInstants({ from, to, clock });
const interest = accruedInterest({ principal: borrow.amount, rate: dailyRate, from, to, clock });
console.log('\n2. Interest after 5 hours (charged at the borrow and at each UTC hour)');
line('charges at', charges.map((t) => new Date(t).toISOString().slice(11, 16)).join(', '));
line('interest owed', `${interest.toFixed()} USDT`);

// 3. All 3,000 USDT buy BTC at 60,000 (0.05 BTC). Risk before and after a 30% drop.
const btc = new Big(margin).plus(borrow.amount).div(entryPrice); // 3000 / 60000 = 0.05, exact
const loans = { USDT: { principal: borrow.amount, interest } };
console.log('\n3. Risk rate = liabilities / assets (margin call ≥ 0.8, liquidation ≥ 1.0)');
for (const [label, price] of [['at 60,000', entryPrice], ['after a 30% drop, at 42,000', '42000']]) {
  const { assets, liabilities } = accountValuation({ balances: { BTC: btc }, loans, prices: { BTC: price } });
  line(label, `assets ${assets.toFixed()} USDT, liabilities ${liabilities.toFixed()} USDT`);
  line('  risk rate', `${riskRate({ assets, liabilities })?.toFixed()} → ${riskStatus({ assets, liabilities })}`);
  line('  (Binance-style margin level)', `${marginLevel({ assets, liabilities })?.toFixed()}`);
}
