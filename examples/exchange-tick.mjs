// An exchange risk service on a price tick: 2,000 isolated BTC/USDT accounts on Binance's rules,
// BTC moves from 60,000 to 52,000, and the service flags every account whose status changed.
// Deterministic (no randomness): each account's size follows from its index.
import Big from 'big.js';
import { createAccount, execute, venuePresets } from 'margin-math';

const at = Date.UTC(2024, 2, 1, 9);
const venue = venuePresets.binance;

function openAccount(i) {
  const leverage = 2 + (i % 9); // 2x … 10x, under Binance's isolated cap
  const deposit = String(100 + (i % 50) * 20); // 100 … 1,080 USDT
  let account = createAccount({ venue, mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, interest: { USDT: { rate: '0.0002' } }, prices: { BTC: '60000' }, at });
  for (const command of [
    { type: 'deposit', at, asset: 'USDT', amount: deposit },
    // buy deposit × leverage of BTC at 60,000, borrowing the rest
    { type: 'trade', at, side: 'buy', quantity: new Big(deposit).times(leverage).div(60000).round(8, Big.roundDown), price: '60000', autoBorrow: true },
  ]) {
    const r = execute(account, command);
    if (!r.ok) throw new Error(`account ${i}: ${r.rejection.message}`);
    account = r.state;
  }
  return account;
}

const accounts = Array.from({ length: 2000 }, (_, i) => openAccount(i));

// The tick: every account sees the new index price; the events say who moved.
const tick = { type: 'updatePrices', at: at + 60_000, prices: { BTC: '52000' } };
const moved = { marginCall: 0, liquidation: 0 };
const counts = { normal: 0, marginCall: 0, liquidation: 0 };
let first;
for (const [i, account] of accounts.entries()) {
  const r = execute(account, tick);
  if (!r.ok) throw new Error(r.rejection.message);
  counts[r.state.status] += 1;
  const change = r.events.find((e) => e.type === 'StatusChanged');
  if (change) {
    moved[change.to] += 1;
    first ??= `account ${i}: ${change.from} → ${change.to} (margin level ${change.riskRate?.toFixed() ?? 'n/a'})`;
  }
}

console.log(`exchange tick — ${accounts.length} isolated BTC/USDT accounts on ${venue.title}'s rules, BTC 60,000 → 52,000`);
console.log(`  now normal ${counts.normal}, margin call ${counts.marginCall}, liquidation ${counts.liquidation}`);
console.log(`  notifications to send: ${moved.marginCall} margin calls; liquidations to queue: ${moved.liquidation}`);
console.log(`  e.g. ${first}`);
if (counts.normal + counts.marginCall + counts.liquidation !== accounts.length || moved.liquidation === 0) process.exitCode = 1;
