// A bot replaying its own fills and funding through a futures account: after every event it knows
// what the venue would show — margin, liquidation price, unrealised PnL — and checks its stop
// against liquidation before trusting it. Run: node examples/futures-bot.mjs
import { accountFromJSON, accountToJSON, breakEvenPrice, createFuturesAccount, execute, positionView, stopPlacement } from 'margin-math';

const HOUR = 3_600_000;
const at = Date.UTC(2024, 5, 1);
let account = createFuturesAccount({
  marginMode: 'isolated',
  markets: { BTCUSDT: { maxLeverage: 100, leverage: 20, maintenanceMarginRate: '0.005', takerFeeRate: '0.00055', makerFeeRate: '0.0002', lotSize: '0.001', tickSize: '0.1' } },
  marks: { BTCUSDT: '60000' },
  at,
});

// what the venue reported, in order: fills (with their role), mark updates and 8-hourly funding
const feed = [
  { type: 'deposit', at, asset: 'USDT', amount: '2000' },
  { type: 'trade', at, market: 'BTCUSDT', side: 'buy', quantity: '0.25', price: '60000', role: 'taker' },
  { type: 'updateMarks', at: at + 4 * HOUR, marks: { BTCUSDT: '59200' } },
  { type: 'settleFunding', at: at + 8 * HOUR, market: 'BTCUSDT', rate: '0.0001' },
  { type: 'trade', at: at + 9 * HOUR, market: 'BTCUSDT', side: 'buy', quantity: '0.1', price: '58800', role: 'maker' },
  { type: 'updateMarks', at: at + 12 * HOUR, marks: { BTCUSDT: '58500' } },
  { type: 'settleFunding', at: at + 16 * HOUR, market: 'BTCUSDT', rate: '0.00015' },
];

const stop = '57800';
for (const command of feed) {
  const result = execute(account, command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.rejection.code} ${result.rejection.message}`);
  account = result.state;
  const view = positionView(account, 'BTCUSDT');
  if (view === null) continue;
  const check = stopPlacement({ side: view.side, entryPrice: view.entryPrice, stopPrice: stop, liquidationPrice: view.liquidationPrice });
  console.log(
    `${command.type.padEnd(14)} ${view.quantity.toFixed()} BTC at ${view.entryPrice.toFixed(2)}, margin ${view.margin.toFixed(2)} USDT, ` +
      `uPnL ${view.unrealisedPnl.toFixed(2)} USDT, liquidation ${view.liquidationPrice?.toFixed()} — stop ${stop}: ${check.verdict}`,
  );
}

const view = positionView(account, 'BTCUSDT');
const breakEven = breakEvenPrice({ side: view.side, entryPrice: view.entryPrice, quantity: view.quantity, openFeeRate: '0.00055', closeFeeRate: '0.00055', fundingPaid: view.fundingPaid, tickSize: '0.1' });
console.log(`funding paid ${view.fundingPaid.toFixed(2)} USDT; to break even after fees and funding, exit at or above ${breakEven.toFixed(1)}`);

// the same state comes back from storage exactly
const restored = accountFromJSON(JSON.parse(JSON.stringify(accountToJSON(account))));
if (JSON.stringify(accountToJSON(restored)) !== JSON.stringify(accountToJSON(account))) throw new Error('round trip changed the state');
