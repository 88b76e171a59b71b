// planLiquidation of another build and of this one on the same random cross accounts (three risk
// models, Binance-style liability tiers in about a third), compared whole, field for field — the
// check that a change to the planner keeps every plan. Not part of `npm test`: it needs the other
// build, e.g.
//   git worktree add /tmp/old <commit> && (cd /tmp/old && npm ci && npx tsup)
//   npm run build && node scripts/compare-plans.mjs /tmp/old/dist/index.js [accounts]
import { pathToFileURL } from 'node:url';

const [other, accounts = '20000'] = process.argv.slice(2);
if (other === undefined) throw new Error('usage: node scripts/compare-plans.mjs <other build>/dist/index.js [accounts]');
const OLD = await import(pathToFileURL(other).href);
const NEW = await import('../dist/index.js');
const N = Number(accounts);
// a fixed linear congruential sequence: every run compares the same accounts
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const dec = (max, dp) => (rnd() * max).toFixed(dp).replace(/\.?0+$/, '') || '0';
const AT = Date.UTC(2025, 1, 1);
const COINS = ['BTC', 'ETH', 'SOL', 'DOGE'];
const PRICE = { BTC: () => dec(90000, 2), ETH: () => dec(4000, 5), SOL: () => dec(300, 4), DOGE: () => dec(0.5, 6) };
const MODELS = [{ kind: 'debtRatio' }, { kind: 'maintenance', maintenanceMarginRate: '0.1' }, { kind: 'marginLevel' }];
const TIERS = { BTC: [{ notionalFloor: '0', maintenanceMarginRate: '0.05' }, { notionalFloor: '50000', maintenanceMarginRate: '0.07' }, { notionalFloor: '100000', maintenanceMarginRate: '0.08', maintenanceAmount: '2000' }],
  ETH: [{ notionalFloor: '0', maintenanceMarginRate: '0.05' }, { notionalFloor: '30000', maintenanceMarginRate: '0.07', maintenanceAmount: '600' }],
  SOL: [{ notionalFloor: '0', maintenanceMarginRate: '0.1' }], DOGE: [{ notionalFloor: '0', maintenanceMarginRate: '0.1' }, { notionalFloor: '1000', maintenanceMarginRate: '0.2', maintenanceAmount: '100' }],
  USDT: [{ notionalFloor: '0', maintenanceMarginRate: '0.05' }] };
const show = (v) => JSON.stringify(v, (k, x) => (x && typeof x === 'object' && 'c' in x && 'e' in x && 's' in x ? `D${x.toFixed()}` : x));
let compared = 0, liquidatable = 0, tiered = 0, differ = 0, errors = 0;
for (let i = 0; i < N; i++) {
  const coins = COINS.filter(() => rnd() < 0.6); if (coins.length === 0) coins.push('BTC');
  const prices = Object.fromEntries(coins.map((c) => [c, PRICE[c]()]).filter(([, p]) => Number(p) > 0));
  if (Object.keys(prices).length !== coins.length) continue;
  const useTiers = rnd() < 0.3;
  const interest = Object.fromEntries(['USDT', ...coins].map((a) => [a, { rate: '0' }]));
  const config = useTiers
    ? { venue: NEW.venuePresets.binanceCrossPro, mode: 'cross', assets: coins, liabilityTiers: Object.fromEntries(['USDT', ...coins].map((a) => [a, TIERS[a]])), interest, prices, at: AT }
    : { mode: 'cross', assets: coins, interest, prices, at: AT, riskModel: pick(MODELS) };
  const balances = {}; const loans = {};
  let value = 0;
  for (const a of ['USDT', ...coins]) if (rnd() < 0.75) { balances[a] = dec(a === 'USDT' ? 5000 : 5000 / Number(prices[a] ?? 1), pick([2, 4, 8])); value += Number(balances[a]) * Number(prices[a] ?? 1); }
  const debtAssets = ['USDT', ...coins].filter(() => rnd() < 0.4); if (debtAssets.length === 0) debtAssets.push('USDT');
  const factor = 0.95 + rnd() * 1.05;
  for (const a of debtAssets) { const p = dec((factor * value) / debtAssets.length / Number(prices[a] ?? 1), pick([2, 6, 8])); const int = dec(Number(p) * 0.01, 8); if (Number(p) > 0) loans[a] = { principal: p, interest: int, tranches: [{ principal: p, borrowedAt: AT, accruedTo: AT }] }; }
  const options = { mode: pick(['partial', 'partial', 'full', 'sellAll']), feeRate: pick(['0', '0.01', '0.005', '0.0237']), slippage: pick(['0', '0.005', '0.0013']) };
  if (rnd() < 0.5) options.lotSizes = Object.fromEntries(coins.map((c) => [c, pick(['0.0001', '0.001', '0.1', '1'])]));
  if (options.mode === 'partial' && rnd() < 0.6 && !useTiers) options.targetRiskRate = config.riskModel.kind === 'marginLevel' ? pick(['1.5', '2', '1.25']) : pick(['0.5', '0.3', '0.8']);
  if (rnd() < 0.2) options.minimums = Object.fromEntries(coins.map((c) => [c, pick(['0.01', '1'])]));
  let oldAcc, newAcc;
  for (const status of ['normal', 'marginCall', 'liquidation']) {
    try {
      const json = { ...NEW.accountToJSON(NEW.createAccount(config)), balances, loans, status };
      newAcc = NEW.accountFromJSON(json); oldAcc = OLD.accountFromJSON(json); break;
    } catch { newAcc = oldAcc = undefined; }
  }
  if (!newAcc) { errors++; continue; }
  let a, b;
  try { a = show(OLD.planLiquidation(oldAcc, options)); } catch (e) { a = `E ${e.code} ${e.message}`; }
  try { b = show(NEW.planLiquidation(newAcc, options)); } catch (e) { b = `E ${e.code} ${e.message}`; }
  compared++; if (useTiers) tiered++;
  if (b.includes('"liquidatable":true')) liquidatable++;
  if (a !== b) { differ++; if (differ <= 3) console.log('DIFF', show({ config, balances, loans, options }), '\n', a, '\n', b); }
}
console.log(`${compared} accounts compared (${tiered} with liability tiers, ${liquidatable} liquidatable, ${errors} not restorable): ${differ} plans differ`);
if (differ > 0) process.exitCode = 1;
