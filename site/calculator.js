// The calculator's arithmetic: every figure the page shows, from the library's own functions.
// Pure (no DOM): the page (page.js) renders what these return; the browser test recomputes each
// figure with the library directly and compares it with what the page displays.
import Big from 'big.js';
import {
  accruedInterest,
  bankruptcyPrice,
  chargeInstants,
  coverageMultiple,
  fundingPayment,
  futuresVenuePresets,
  isMarginError,
  liquidationPrice,
  maintenanceTier,
  marginForLiquidationPrice,
  maxBorrowable,
  maxLeverageForNotional,
  pnl,
  positionSize,
  returnOnMargin,
  riskRate,
  riskStatus,
  spotLiquidationPrice,
  stopPlacement,
  venuePresets,
} from 'margin-math';

/** The spot-margin venues the page offers: isolated BTC/USDT with the venue's risk rule and interest clock. */
export const SPOT_VENUES = ['bitget', 'binance', 'mexc'];
/** The perpetual venues: each one's BTC linear contract (maintenance tiers, basis, funding interval), or your own flat rate. */
export const PERP_VENUES = ['binanceUsdm', 'bybit', 'bitget', 'hyperliquid', 'custom'];

// Bitget sets the maintenance rate per pair; its API documentation ("Get Isolated Tier Configuration")
// answers BTCUSDT tier 1 with maintainMarginRate 0.1.
const BITGET_BTCUSDT_MAINTENANCE = '0.1';
const STEP = '0.00000001';
/** A fixed whole UTC hour: the windows "first hour" and "first day" of interest start here. */
const OPENED_AT = Date.UTC(2024, 0, 1, 0, 0);
const HOUR = 3_600_000;

/** A learner's input mistake: which field, in words. */
export class InputError extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

/** What each field is called on the page, for error messages. */
export const LABELS = {
  venue: 'Exchange',
  margin: 'Your margin',
  leverage: 'Leverage',
  side: 'Direction',
  entryPrice: 'Entry price',
  rate: 'Borrow rate',
  coinLimit: 'Borrow limit',
  maintenanceMarginRate: 'Maintenance rate',
  fundingRate: 'Funding rate',
  price: 'Price',
  stopPrice: 'Stop-loss price',
  wick: 'Wick size',
};

/** A number that reads naturally in each field's error message. */
const EXAMPLES = { margin: '1000', leverage: '3 or 2.5', entryPrice: '60000', rate: '0.02', coinLimit: '5000', maintenanceMarginRate: '0.5', fundingRate: '0.01', price: '55000', stopPrice: '57000', wick: '10' };

/** A positive decimal typed by a person: spaces and thousands separators allowed ("60,000"). */
export function amount(raw, field, { allowZero = false, optional = false, unit = '' } = {}) {
  const example = EXAMPLES[field] ?? '1000';
  const text = String(raw ?? '').replace(/[\s,_]/g, '');
  if (text === '') {
    if (optional) return undefined;
    throw new InputError(field, `${LABELS[field]} is empty: type a number${unit ? ` of ${unit}` : ''}.`);
  }
  if (!/^\d+(\.\d+)?$/.test(text) || text.length > 40) throw new InputError(field, `${LABELS[field]} must be a plain number${unit ? ` of ${unit}` : ''}, like ${example} — got “${String(raw).slice(0, 20)}”.`);
  const value = new Big(text);
  if (!allowZero && value.eq(0)) throw new InputError(field, `${LABELS[field]} must be more than 0.`);
  return value;
}

/** The largest multiple of 10⁻⁸ at most `value / by`: never more than was paid for. */
function floorDiv(value, by) {
  let q = value.div(by).round(8, Big.roundDown);
  if (q.times(by).gt(value)) q = q.minus(STEP);
  return q;
}

const pct = (fraction) => fraction.times(100);

function side(raw) {
  if (raw !== 'long' && raw !== 'short') throw new InputError('side', `${LABELS.side} must be long (betting the price rises) or short (betting it falls).`);
  return raw;
}

/** A library refusal, in the page's words: the field it names, and its reason. */
function fromLibrary(error) {
  if (!isMarginError(error)) throw error;
  const field = String(error.details.field ?? '').split('.')[0];
  const label = LABELS[field] ?? 'Input';
  throw new InputError(LABELS[field] ? field : 'margin', `${label}: ${error.message.replace(/^\[margin-math\] /, '')}`);
}

/** The venue's isolated risk rule: its measure and its two lines (for a venue with levels, the pair's level at its cap). */
export function spotRules(preset) {
  const cap = new Big(preset.maxLeverage.isolated);
  const risk = preset.risk.isolated;
  const level = risk.levels?.find((l) => new Big(l.maxLeverage).eq(cap));
  const thresholds = level?.thresholds ?? risk.thresholds;
  const model = risk.model.maintenanceMarginRate === 'perPair' ? { kind: 'maintenance', maintenanceMarginRate: BITGET_BTCUSDT_MAINTENANCE } : risk.model;
  return { cap, model, thresholds };
}

/** How a risk model's number reads, for people. */
export function measureName(model) {
  return model.kind === 'marginLevel' ? 'margin level (assets ÷ debt; lower is riskier)' : model.kind === 'maintenance' ? 'risk ratio (maintenance ÷ equity; higher is riskier)' : 'debt ratio (debt ÷ assets; higher is riskier)';
}

/** The venue's interest clock in words. */
export function clockName(clock) {
  if (clock.kind === 'clockHours') return 'charged when you borrow, then at the start of every hour (UTC)';
  if (clock.kind === 'snapshots') return `charged at every ${clock.periodHours ?? 1}-hour snapshot while the loan is open`;
  if (clock.kind === 'elapsedPeriods') return `one charge for every started ${clock.periodHours ?? 1}-hour period`;
  return 'charged continuously';
}

/**
 * The spot-margin panel: deposit `margin` USDT on an isolated BTC/USDT account, borrow to `leverage`,
 * buy (long) or sell the borrowed BTC (short) at `entryPrice`.
 */
export function spotMargin(input) {
  const preset = venuePresets[input.venue];
  if (!SPOT_VENUES.includes(input.venue) || preset === undefined) throw new InputError('venue', `${LABELS.venue}: choose one of the listed exchanges.`);
  const { cap, model, thresholds } = spotRules(preset);
  const margin = amount(input.margin, 'margin', { unit: 'USDT' });
  const leverage = amount(input.leverage, 'leverage', { unit: 'times' });
  if (leverage.lt(1)) throw new InputError('leverage', `${LABELS.leverage} must be at least 1 (1x: no borrowing).`);
  if (leverage.gt(cap)) throw new InputError('leverage', `${LABELS.leverage}: the most ${preset.title} allows on isolated margin is ${cap}x — you typed ${leverage}x.`);
  const entryPrice = amount(input.entryPrice, 'entryPrice', { unit: 'USDT per BTC' });
  const direction = side(input.side);
  const ratePercent = amount(input.rate, 'rate', { allowZero: true, unit: 'percent' });
  const coinLimit = amount(input.coinLimit, 'coinLimit', { optional: true, unit: direction === 'long' ? 'USDT' : 'BTC' });
  try {
    const borrowedAsset = direction === 'long' ? 'USDT' : 'BTC';
    // Borrowing is limited in the borrowed asset's unit: a short's margin is valued in BTC at entry.
    const marginInBorrowed = direction === 'long' ? margin : floorDiv(margin, entryPrice);
    const borrow = maxBorrowable({ margin: marginInBorrowed, maxLeverage: leverage, ...(coinLimit && { coinLimit }) });
    let base;
    let quote;
    let quantity;
    if (direction === 'long') {
      const spent = margin.plus(borrow.amount);
      quantity = floorDiv(spent, entryPrice);
      base = { held: quantity, debt: new Big(0) };
      quote = { held: spent.minus(quantity.times(entryPrice)), debt: borrow.amount };
    } else {
      quantity = borrow.amount;
      base = { held: new Big(0), debt: quantity };
      quote = { held: margin.plus(quantity.times(entryPrice)), debt: new Big(0) };
    }
    const priceAt = (threshold, m = model) => spotLiquidationPrice({ base, quote, model: m, threshold, scale: 2 });
    const liq = priceAt(thresholds.liquidation);
    const interest = preset.interest;
    const rate = ratePercent.div(100);
    const interestOver = (hours) => ({
      amount: accruedInterest({ principal: borrow.amount, rate, ratePeriodHours: interest.ratePeriodHours, clock: interest.clock, from: OPENED_AT, to: OPENED_AT + hours * HOUR }),
      charges: chargeInstants({ from: OPENED_AT, to: OPENED_AT + hours * HOUR, clock: interest.clock }).length,
    });
    const k = (threshold) => coverageMultiple({ model, threshold });
    return {
      product: 'spot',
      venue: preset.title,
      side: direction,
      margin,
      leverage,
      entryPrice,
      borrowedAsset,
      borrowed: borrow.amount,
      limitedBy: borrow.limitedBy,
      quantity,
      positionValue: quantity.times(entryPrice),
      holdings: { base, quote },
      model,
      thresholds,
      liquidationPrice: liq,
      marginCallPrice: priceAt(thresholds.marginCall),
      wipeOutPrice: priceAt('1', { kind: 'debtRatio' }),
      distance: liq === null ? null : pct(liq.minus(entryPrice).abs().div(entryPrice)).round(2, Big.roundDown),
      ratePeriodHours: interest.ratePeriodHours,
      clock: interest.clock,
      interestHour: interestOver(1),
      interestDay: interestOver(24),
      // Closeness to liquidation at a price: k_liq × debt / assets (1 = the liquidation line).
      coverage: { liquidation: k(thresholds.liquidation), marginCall: k(thresholds.marginCall) },
    };
  } catch (error) {
    return fromLibrary(error);
  }
}

/** The spot account at another price: PnL, return on margin, risk and status, as the venue measures them. */
export function spotAt(result, rawPrice) {
  const price = amount(rawPrice, 'price', { unit: 'USDT per BTC' });
  const { base, quote } = result.holdings;
  const assets = base.held.times(price).plus(quote.held);
  const liabilities = base.debt.times(price).plus(quote.debt);
  const equity = assets.minus(liabilities);
  const profit = equity.minus(result.margin);
  const k = result.coverage.liquidation;
  return {
    price,
    equity,
    pnl: profit,
    returnOnMargin: pct(returnOnMargin({ pnl: profit, margin: result.margin, scale: 6 })),
    risk: riskRate({ assets, liabilities, model: result.model }),
    status: riskStatus({ assets, liabilities, model: result.model, thresholds: result.thresholds }),
    closeness: assets.eq(0) ? Infinity : Number(liabilities.times(k.numerator).div(assets.times(k.denominator))),
  };
}

/** The perpetual venues' BTC linear market, or a flat rate of your own. */
export function perpMarket(venue, rawRate) {
  if (venue === 'custom') {
    const rate = amount(rawRate, 'maintenanceMarginRate', { unit: 'percent' }).div(100);
    return { title: 'your own numbers', settlement: 'USDT', maxLeverage: new Big(125), maintenanceMarginRate: rate, basis: 'mark', fundingIntervalHours: 8, symbol: 'BTCUSDT' };
  }
  const preset = futuresVenuePresets[venue];
  if (!PERP_VENUES.includes(venue) || preset === undefined) throw new InputError('venue', `${LABELS.venue}: choose one of the listed exchanges.`);
  const [symbol, market] = Object.entries(preset.markets)[0];
  return {
    title: preset.title,
    settlement: preset.settlementAsset,
    symbol,
    maxLeverage: new Big(market.maxLeverage),
    tiers: market.tiers,
    maintenanceMarginRate: market.maintenanceMarginRate === undefined ? undefined : new Big(market.maintenanceMarginRate),
    basis: market.maintenanceBasis ?? preset.market.maintenanceBasis,
    fundingIntervalHours: market.fundingIntervalHours ?? preset.market.fundingIntervalHours,
  };
}

const maintenanceInput = (market) => (market.tiers ? { tiers: market.tiers } : { maintenanceMarginRate: market.maintenanceMarginRate });

/**
 * The perpetual panel: post `margin` on an isolated BTC linear perpetual at `leverage`, long or short
 * at `entryPrice`, paying (or receiving) `fundingRate` percent each funding interval.
 */
export function perpetual(input) {
  const market = perpMarket(input.venue, input.maintenanceMarginRate);
  const unit = market.settlement;
  const margin = amount(input.margin, 'margin', { unit });
  const leverage = amount(input.leverage, 'leverage', { unit: 'times' });
  if (leverage.lt(1)) throw new InputError('leverage', `${LABELS.leverage} must be at least 1.`);
  if (leverage.gt(market.maxLeverage)) throw new InputError('leverage', `${LABELS.leverage}: the most ${market.title} allows on ${market.symbol} is ${market.maxLeverage}x — you typed ${leverage}x.`);
  const entryPrice = amount(input.entryPrice, 'entryPrice', { unit: `${unit} per BTC` });
  const direction = side(input.side);
  const fundingText = String(input.fundingRate ?? '').trim();
  const negative = fundingText.startsWith('-');
  const fundingPercent = amount(negative ? fundingText.slice(1) : fundingText, 'fundingRate', { allowZero: true, unit: 'percent' });
  const fundingRate = (negative ? fundingPercent.times(-1) : fundingPercent).div(100);
  const exposureValue = margin.times(leverage);
  const quantity = floorDiv(exposureValue, entryPrice);
  if (quantity.eq(0)) throw new InputError('margin', `${LABELS.margin} is too small for one 0.00000001 BTC at this price.`);
  const notional = quantity.times(entryPrice);
  if (market.tiers) {
    const tierCap = maxLeverageForNotional(market.tiers, notional);
    if (leverage.gt(tierCap)) throw new InputError('leverage', `${LABELS.leverage}: a position of ${notional} ${unit} is in a tier where the most ${market.title} allows is ${tierCap}x — lower the leverage or the margin.`);
  }
  try {
    const common = { side: direction, entryPrice, quantity, ...maintenanceInput(market), maintenanceBasis: market.basis };
    const liq = liquidationPrice({ ...common, margin, scale: 2 });
    const payment = fundingPayment({ side: direction, quantity, markPrice: entryPrice, fundingRate });
    const perDay = payment.times(24).div(market.fundingIntervalHours);
    // Funding paid comes out of the margin, and less margin moves the liquidation price toward the price:
    // the margin that puts it 1% closer, against what a day of funding takes.
    let daysPerPercent = null;
    if (liq !== null && perDay.gt(0)) {
      const closer = direction === 'long' ? liq.times('1.01') : liq.times('0.99');
      const marginThen = marginForLiquidationPrice({ ...common, liquidationPrice: closer });
      daysPerPercent = margin.minus(marginThen).div(perDay).round(2, Big.roundDown);
    }
    return {
      product: 'perpetual',
      venue: market.title,
      symbol: market.symbol,
      unit,
      side: direction,
      margin,
      leverage,
      entryPrice,
      quantity,
      exposure: notional,
      market,
      liquidationPrice: liq,
      bankruptcyPrice: bankruptcyPrice({ side: direction, entryPrice, margin, quantity, scale: 2 }),
      distance: liq === null ? null : pct(liq.minus(entryPrice).abs().div(entryPrice)).round(2, Big.roundDown),
      maintenanceAtEntry: maintenanceAt(market, quantity, entryPrice),
      fundingRate,
      fundingPerInterval: payment,
      fundingPerDay: perDay,
      fundingIntervalHours: market.fundingIntervalHours,
      daysPerPercent,
    };
  } catch (error) {
    return fromLibrary(error);
  }
}

/** Maintenance margin of `quantity` BTC valued at `price` (the market's tier at that notional, or its flat rate). */
function maintenanceAt(market, quantity, price) {
  const notional = quantity.times(price);
  return market.tiers ? maintenanceTier(market.tiers, notional).maintenanceMargin : notional.times(market.maintenanceMarginRate);
}

/** The perpetual position at another mark: PnL, return on margin, margin ratio and status. */
export function perpetualAt(result, rawPrice) {
  const price = amount(rawPrice, 'price', { unit: `${result.unit} per BTC` });
  const profit = pnl({ side: result.side, entryPrice: result.entryPrice, exitPrice: price, quantity: result.quantity });
  const equity = result.margin.plus(profit);
  const maintenance = maintenanceAt(result.market, result.quantity, result.market.basis === 'entry' ? result.entryPrice : price);
  const ratio = equity.gt(0) ? maintenance.div(equity).round(4, Big.roundUp) : null;
  return {
    price,
    equity,
    pnl: profit,
    returnOnMargin: pct(returnOnMargin({ pnl: profit, margin: result.margin, scale: 6 })),
    maintenance,
    risk: ratio,
    status: ratio === null || ratio.gte(1) ? 'liquidation' : 'normal',
    closeness: ratio === null ? Infinity : Number(ratio),
  };
}

/** Whether a stop-loss fires before liquidation, and the size that risks 1% and 2% of the margin at it. */
export function stopCheck(result, rawStop) {
  const stopPrice = amount(rawStop, 'stopPrice', { optional: true, unit: 'USDT per BTC' });
  if (stopPrice === undefined) return undefined;
  const placement = stopPlacement({ side: result.side, entryPrice: result.entryPrice, stopPrice, liquidationPrice: result.liquidationPrice });
  const sized = placement.verdict === 'wrongSideOfEntry' ? null : ['0.01', '0.02'].map((riskFraction) => positionSize({ equity: result.margin, riskFraction, entryPrice: result.entryPrice, stopPrice }));
  const loss = result.quantity.times(stopPrice.minus(result.entryPrice).abs());
  return { stopPrice, ...placement, sizes: sized, lossAtStop: loss, lossPercent: pct(loss.div(result.margin)).round(2, Big.roundUp) };
}

/** The wick button's price: `percent` against the position (down for a long, up for a short), on 2 places. */
export function wickPrice(result, rawPercent) {
  const percent = amount(rawPercent, 'wick', { unit: 'percent' });
  if (percent.gte(100)) throw new InputError('wick', `${LABELS.wick} must be below 100%.`);
  const factor = result.side === 'long' ? new Big(1).minus(percent.div(100)) : new Big(1).plus(percent.div(100));
  return result.entryPrice.times(factor).round(2, Big.roundDown);
}
