// The calculator in a real browser: serves site/ (scripts/calculator.mjs), drives Debian's chromium
// through playwright-core (no browser download), types each scenario's inputs, moves the price
// slider and presses the wick button, and checks every displayed figure against the library's own
// result for the same inputs — computed here with direct calls to the built package, not with the
// page's code. Saves a screenshot of each product's panel under artifacts/ (git-ignored).
// Under CI=true a missing chromium fails; elsewhere it skips.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Big from 'big.js';
import { serveCalculator } from './calculator.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mm = await import(join(root, 'dist/index.js'));
const artifacts = join(root, 'artifacts', 'calculator');

function findChromium() {
  for (const name of [process.env.CHROMIUM_PATH, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean)) {
    try {
      return execFileSync('sh', ['-c', `command -v "${name}"`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const chromiumPath = findChromium();
if (chromiumPath === undefined) {
  if (process.env.CI === 'true') {
    console.error('✗ calculator: no chromium on PATH; CI must run the browser test (apt-get install chromium)');
    process.exit(1);
  }
  console.log('- calculator: skipped in a browser (no chromium on PATH; Debian: apt-get install chromium)');
  process.exit(0);
}
const { chromium } = await import('playwright-core');

// ---- what the library says, for the inputs a scenario types -------------------------------------

const STEP = new Big('0.00000001');
/** floor(value / by) at 8 places, exactly. */
function floor8(value, by) {
  const exact = new Big(value).div(by);
  let q = exact.round(8, Big.roundDown);
  while (q.times(by).gt(value)) q = q.minus(STEP);
  return q;
}
const pct2 = (a, b) => new Big(a).minus(b).abs().div(b).times(100).round(2, Big.roundDown).toFixed();

/** The isolated BTC/USDT rule of a spot preset: model and thresholds (for a venue with levels, the level at its cap). */
function spotRule(name) {
  const preset = mm.venuePresets[name];
  const risk = preset.risk.isolated;
  const level = risk.levels?.find((l) => l.maxLeverage === preset.maxLeverage.isolated);
  // Bitget sets the rate per pair: its API example for BTCUSDT tier 1 is 0.1.
  const model = risk.model.maintenanceMarginRate === 'perPair' ? { kind: 'maintenance', maintenanceMarginRate: '0.1' } : risk.model;
  return { preset, model, thresholds: level?.thresholds ?? risk.thresholds };
}

function expectSpot(s, price) {
  const { preset, model, thresholds } = spotRule(s.venue);
  const long = s.side === 'long';
  const borrow = mm.maxBorrowable({ margin: long ? s.margin : floor8(s.margin, s.entryPrice), maxLeverage: s.leverage });
  const quantity = long ? floor8(new Big(s.margin).plus(borrow.amount), s.entryPrice) : borrow.amount;
  const base = long ? { held: quantity, debt: 0 } : { held: 0, debt: quantity };
  const quote = long ? { held: new Big(s.margin).plus(borrow.amount).minus(quantity.times(s.entryPrice)), debt: borrow.amount } : { held: new Big(s.margin).plus(quantity.times(s.entryPrice)), debt: 0 };
  const liq = mm.spotLiquidationPrice({ base, quote, model, threshold: thresholds.liquidation, scale: 2 });
  const call = mm.spotLiquidationPrice({ base, quote, model, threshold: thresholds.marginCall, scale: 2 });
  const from = Date.UTC(2024, 0, 1);
  const rate = new Big(s.rate).div(100);
  const interest = (hours) => mm.accruedInterest({ principal: borrow.amount, rate, ratePeriodHours: preset.interest.ratePeriodHours, clock: preset.interest.clock, from, to: from + hours * 3_600_000 });
  const assets = new Big(base.held).times(price).plus(quote.held);
  const liabilities = new Big(base.debt).times(price).plus(quote.debt);
  const profit = assets.minus(liabilities).minus(s.margin);
  const signed = (v) => (v.gt(0) ? `+${v.toFixed()}` : v.toFixed());
  return {
    'spot-borrowed': borrow.amount.toFixed(),
    'spot-borrowed-asset': long ? 'USDT' : 'BTC',
    'spot-quantity': quantity.toFixed(),
    'spot-position-value': quantity.times(s.entryPrice).toFixed(),
    'spot-liquidation-price': liq.toFixed(),
    'spot-distance': pct2(liq, s.entryPrice),
    'spot-margin-call-price': call.toFixed(),
    'spot-interest-hour': interest(1).toFixed(),
    'spot-interest-day': interest(24).toFixed(),
    'spot-pnl': signed(profit),
    'spot-return': signed(mm.returnOnMargin({ pnl: profit, margin: s.margin, scale: 6 }).times(100)),
    'spot-risk': mm.riskRate({ assets, liabilities, model }).toFixed(),
    'spot-status': mm.riskStatus({ assets, liabilities, model, thresholds }),
  };
}

function expectPerp(s, price) {
  const preset = mm.futuresVenuePresets[s.venue];
  const [, market] = Object.entries(preset.markets)[0];
  const basis = market.maintenanceBasis ?? preset.market.maintenanceBasis;
  const interval = market.fundingIntervalHours ?? preset.market.fundingIntervalHours;
  const quantity = floor8(new Big(s.margin).times(s.leverage), s.entryPrice);
  const maintenance = market.tiers ? { tiers: market.tiers } : { maintenanceMarginRate: market.maintenanceMarginRate };
  const position = { side: s.side, entryPrice: s.entryPrice, quantity, ...maintenance, maintenanceBasis: basis };
  const liq = mm.liquidationPrice({ ...position, margin: s.margin, scale: 2 });
  const bankrupt = mm.bankruptcyPrice({ side: s.side, entryPrice: s.entryPrice, margin: s.margin, quantity, scale: 2 });
  const payment = mm.fundingPayment({ side: s.side, quantity, markPrice: s.entryPrice, fundingRate: new Big(s.fundingRate).div(100) });
  const perDay = payment.times(24).div(interval);
  const closer = s.side === 'long' ? liq.times('1.01') : liq.times('0.99');
  const days = perDay.gt(0) ? new Big(s.margin).minus(mm.marginForLiquidationPrice({ ...position, liquidationPrice: closer })).div(perDay).round(2, Big.roundDown).toFixed() : null;
  const profit = mm.pnl({ side: s.side, entryPrice: s.entryPrice, exitPrice: price, quantity });
  const equity = new Big(s.margin).plus(profit);
  const valuedAt = basis === 'entry' ? s.entryPrice : price;
  const mm_ = market.tiers ? mm.maintenanceTier(market.tiers, quantity.times(valuedAt)).maintenanceMargin : quantity.times(valuedAt).times(market.maintenanceMarginRate);
  const ratio = equity.gt(0) ? mm_.div(equity).round(4, Big.roundUp) : null;
  const signed = (v) => (v.gt(0) ? `+${v.toFixed()}` : v.toFixed());
  return {
    'perp-exposure': quantity.times(s.entryPrice).toFixed(),
    'perp-quantity': quantity.toFixed(),
    'perp-liquidation-price': liq.toFixed(),
    'perp-bankruptcy-price': bankrupt.toFixed(),
    'perp-distance': pct2(liq, s.entryPrice),
    'perp-funding': signed(payment),
    ...(days !== null && { 'perp-funding-days': `${days} days of this funding move your liquidation price 1% closer.` }),
    'perp-pnl': signed(profit),
    'perp-return': signed(mm.returnOnMargin({ pnl: profit, margin: s.margin, scale: 6 }).times(100)),
    'perp-risk': ratio === null ? 'no debt' : ratio.toFixed(),
    'perp-status': ratio === null || ratio.gte(1) ? 'liquidation' : 'normal',
  };
}

// ---- the scenarios -------------------------------------------------------------------------------

const SCENARIOS = [
  { name: 'spot Bitget 3x long, slider to 45,500', product: 'spot', inputs: { venue: 'bitget', side: 'long', margin: '1000', leverage: '3', entryPrice: '60000', rate: '0.02' }, slider: '45500', stop: '57000', screenshot: 'spot', page: true },
  { name: 'spot Binance 5x short, a +10% spike', product: 'spot', inputs: { venue: 'binance', side: 'short', margin: '1000', leverage: '5', entryPrice: '60000', rate: '0.02' }, wick: '10' },
  { name: 'spot MEXC 5x long, hourly rate, slider to 30,000 (liquidated)', product: 'spot', inputs: { venue: 'mexc', side: 'long', margin: '500', leverage: '5', entryPrice: '40000', rate: '0.001' }, slider: '30000', screenshot: 'spot-liquidated' },
  { name: 'perpetual Binance USDⓈ-M 10x long, a −5% wick', product: 'perp', inputs: { venue: 'binanceUsdm', side: 'long', margin: '1000', leverage: '10', entryPrice: '60000', fundingRate: '0.01' }, wick: '5', stop: '58000', screenshot: 'perpetual' },
  { name: 'perpetual Bybit 20x short, slider to 20,900', product: 'perp', inputs: { venue: 'bybit', side: 'short', margin: '500', leverage: '20', entryPrice: '20000', fundingRate: '0.03' }, slider: '20900' },
  { name: 'perpetual Hyperliquid 40x long, hourly funding', product: 'perp', inputs: { venue: 'hyperliquid', side: 'long', margin: '200', leverage: '40', entryPrice: '90000', fundingRate: '0.00125' }, slider: '89000' },
];
const INVALID = [
  { name: 'spot: leverage typed as words', product: 'spot', inputs: { venue: 'bitget', leverage: 'ten' }, field: 'leverage', says: 'Leverage must be a plain number' },
  { name: "perpetual: leverage above Hyperliquid's cap", product: 'perp', inputs: { venue: 'hyperliquid', leverage: '50' }, field: 'leverage', says: 'the most Hyperliquid perpetuals allows on BTC is 40x' },
];

async function setInputs(panel, inputs) {
  for (const [name, value] of Object.entries(inputs)) {
    if (name === 'venue') await panel.locator('select[name="venue"]').selectOption(value);
    else if (name === 'side') await panel.locator(`input[name="side"][value="${value}"]`).check();
    else await panel.locator(`form [name="${name}"]`).fill(value);
  }
}

async function figuresOf(panel, names) {
  const out = {};
  for (const name of names) out[name] = (await panel.locator(`[data-figure="${name}"]`).first().textContent())?.trim();
  return out;
}

const failures = [];

// `npm run calculator` (after its build): the server prints the address it serves.
const started = await new Promise((resolve) => {
  const child = spawn(process.execPath, [join(root, 'scripts/calculator.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const timer = setTimeout(() => {
    child.kill();
    resolve(out);
  }, 10000);
  child.stdout.on('data', (d) => {
    out += d;
    if (out.includes('\n')) {
      clearTimeout(timer);
      child.kill();
      resolve(out);
    }
  });
});
if (/^margin-math calculator: http:\/\/127\.0\.0\.1:\d+\/site\/ {2}\(Ctrl\+C to stop\)\n/.test(started)) console.log(`✓ calculator: scripts/calculator.mjs prints ${started.trim()}`);
else failures.push(`scripts/calculator.mjs printed ${JSON.stringify(started)}`);

const { server, url } = await serveCalculator(0);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  mkdirSync(artifacts, { recursive: true });
  for (const s of SCENARIOS) {
    await page.locator(`[data-tab="${s.product}"]`).click();
    const panel = page.locator(`[data-panel="${s.product}"]`);
    await setInputs(panel, s.inputs);
    if (s.slider !== undefined) {
      await panel.locator('[data-slider]').fill(s.slider);
      await panel.locator('[data-slider]').press('ArrowRight'); // one step by keyboard, as a learner would
    }
    if (s.wick !== undefined) {
      await panel.locator('[name="wick"]').fill(s.wick);
      await panel.locator('[data-wick]').click();
    }
    if (s.stop !== undefined) await panel.locator('[name="stopPrice"]').fill(s.stop);
    const shownPrice = await panel.locator('[data-price]').inputValue();
    const expected = s.product === 'spot' ? expectSpot(s.inputs, shownPrice) : expectPerp(s.inputs, shownPrice);
    if (s.wick !== undefined) {
      const factor = new Big(1)[s.inputs.side === 'long' ? 'minus' : 'plus'](new Big(s.wick).div(100));
      const wicked = new Big(s.inputs.entryPrice).times(factor).round(2, Big.roundDown).toFixed();
      if (shownPrice !== wicked) failures.push(`${s.name}: the wick button set the price to ${shownPrice}, expected ${wicked}`);
    }
    const shown = await figuresOf(panel, Object.keys(expected));
    const wrong = Object.entries(expected).filter(([k, v]) => shown[k] !== v);
    for (const [k, v] of wrong) failures.push(`${s.name}: ${k} shows ${JSON.stringify(shown[k])}, the library gives ${JSON.stringify(v)}`);
    const error = await panel.locator('[data-error]').isVisible();
    if (error) failures.push(`${s.name}: an error is shown: ${await panel.locator('[data-error]').textContent()}`);
    if (s.stop !== undefined) {
      const stopText = await panel.locator(`[data-figure="${s.product}-stop"]`).textContent();
      const liq = expected[`${s.product}-liquidation-price`];
      const verdict = mm.stopPlacement({ side: s.inputs.side, entryPrice: s.inputs.entryPrice, stopPrice: s.stop, liquidationPrice: liq }).verdict;
      if (verdict === 'ok' && !stopText.startsWith('✓')) failures.push(`${s.name}: the stop ${s.stop} is before liquidation ${liq}, the page says: ${stopText}`);
      const sizes = ['0.01', '0.02'].map((f) => mm.positionSize({ equity: s.inputs.margin, riskFraction: f, entryPrice: s.inputs.entryPrice, stopPrice: s.stop }).toFixed());
      if (!stopText.includes(`hold ${sizes[0]}–${sizes[1]} BTC`)) failures.push(`${s.name}: the stop's suggested size should be ${sizes.join('–')} BTC: ${stopText}`);
    }
    const chart = await panel.locator('[data-chart] svg text').allTextContents();
    for (const label of [`liquidation ${expected[`${s.product}-liquidation-price`]}`, `entry ${s.inputs.entryPrice}`]) if (!chart.includes(label)) failures.push(`${s.name}: the chart has no label "${label}"`);
    if (s.screenshot) await panel.screenshot({ path: join(artifacts, `${s.screenshot}.png`) });
    if (s.page) await page.screenshot({ path: join(artifacts, 'page.png'), fullPage: true });
    console.log(`${wrong.length === 0 ? '✓' : '✗'} calculator: ${s.name} — ${Object.keys(expected).length} figures (price ${shownPrice})`);
  }
  for (const s of INVALID) {
    await page.locator(`[data-tab="${s.product}"]`).click();
    const panel = page.locator(`[data-panel="${s.product}"]`);
    await setInputs(panel, s.inputs);
    const box = panel.locator('[data-error]');
    const text = (await box.isVisible()) ? await box.textContent() : '';
    const invalid = await panel.locator(`form [name="${s.field}"]`).getAttribute('aria-invalid');
    const ok = text.includes(s.says) && (await box.getAttribute('data-field')) === s.field && invalid === 'true';
    if (!ok) failures.push(`${s.name}: expected an error on ${s.field} saying "${s.says}", got "${text}" (aria-invalid ${invalid})`);
    console.log(`${ok ? '✓' : '✗'} calculator: ${s.name} — "${text}"`);
  }
  if (pageErrors.length > 0) failures.push(`page errors: ${pageErrors.join('; ')}`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length > 0) {
  console.error(`✗ calculator:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ calculator: ${SCENARIOS.length} scenarios and ${INVALID.length} invalid inputs in headless Chromium; screenshots in artifacts/calculator/`);
