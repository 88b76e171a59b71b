// One suite per exported function: valid arguments, and the hostile variants fast-check makes of
// them (a field replaced by a hostile value, an unknown field added, a field removed, the whole
// argument replaced). Plain JS: it runs in the worker against the built package.
import { changingAfterFirstRead, hostilePool, NAMES, throwingAfter } from './hostile.mjs';

const T0 = Date.UTC(2024, 2, 1, 9, 0);
const H = 3_600_000;

/** Whether a value is a plain object of the arguments (not a decimal, a state or a frozen preset): what the variants walk into. */
function isPlainRecord(value) {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !Object.isFrozen(value);
}

/** A copy of the plain objects and arrays of a value; anything else (decimals, states) is shared. */
export function clone(value) {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  }
  return value;
}

/** Every path to a value inside `args` (arrays and plain objects walked, to depth 6). */
function pathsOf(value, prefix = [], out = []) {
  if (prefix.length > 6) return out;
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), pathsOf(v, [...prefix, i], out)));
  else if (isPlainRecord(value)) {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k]), pathsOf(v, [...prefix, k], out);
  }
  return out;
}

function containersOf(value, prefix = [], out = []) {
  if (prefix.length > 6) return out;
  if (isPlainRecord(value)) {
    out.push(prefix);
    for (const [k, v] of Object.entries(value)) containersOf(v, [...prefix, k], out);
  } else if (Array.isArray(value)) value.forEach((v, i) => containersOf(v, [...prefix, i], out));
  return out;
}

/** Every path to a plain object or array inside `args`, the arguments themselves included (what a proxy can stand in for). */
export function wrappablesOf(args) {
  return pathsOf(args).filter((path) => {
    const value = at(args, path);
    return Array.isArray(value) || isPlainRecord(value);
  });
}

export function at(root, path) {
  let node = root;
  for (const key of path) node = node[key];
  return node;
}

/**
 * The hostile variants of a list of valid argument lists: each list as it is, with one value
 * replaced (from the pool, or a random string or number), with an unknown key added to one of its
 * objects, with a key deleted, with a whole argument replaced, or with one of its objects or arrays
 * behind a proxy that throws after a few reads or answers every read after the first with a pool value.
 */
export function variants(fc, bases, pool) {
  const poolValue = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
  );
  return fc.constantFrom(...bases).chain((base) => {
    const paths = pathsOf(base);
    const containers = containersOf(base);
    const replaced = paths.length === 0 ? fc.constant(base) : fc.tuple(fc.constantFrom(...paths), poolValue).map(([path, value]) => {
      const copy = clone(base);
      at(copy, path.slice(0, -1))[path[path.length - 1]] = value;
      return copy;
    });
    const added = containers.length === 0 ? fc.constant(base) : fc.tuple(fc.constantFrom(...containers), fc.constantFrom('extra', 'coinLimt', ...NAMES.slice(0, 7)), poolValue).map(([path, key, value]) => {
      const copy = clone(base);
      Object.defineProperty(at(copy, path), key, { value, enumerable: true, writable: true, configurable: true });
      return copy;
    });
    const deleted = paths.length === 0 ? fc.constant(base) : fc.constantFrom(...paths).map((path) => {
      const copy = clone(base);
      const parent = at(copy, path.slice(0, -1));
      if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
      else delete parent[path[path.length - 1]];
      return copy;
    });
    const whole = fc.tuple(fc.nat({ max: Math.max(0, base.length - 1) }), poolValue).map(([i, value]) => {
      const copy = clone(base);
      copy[i] = value;
      return copy;
    });
    const wrappables = wrappablesOf(base);
    const proxied = wrappables.length === 0 ? fc.constant(base) : fc.tuple(fc.constantFrom(...wrappables), fc.nat({ max: 12 }), fc.option(poolValue, { nil: undefined, freq: 2 })).map(([path, reads, later]) => {
      const copy = clone(base);
      const parent = at(copy, path.slice(0, -1));
      const key = path[path.length - 1];
      parent[key] = later === undefined ? throwingAfter(parent[key], reads) : changingAfterFirstRead(parent[key], later);
      return copy;
    });
    return fc.oneof({ weight: 1, arbitrary: fc.constant(base) }, { weight: 6, arbitrary: replaced }, { weight: 2, arbitrary: added }, { weight: 1, arbitrary: deleted }, { weight: 2, arbitrary: whole }, { weight: 2, arbitrary: proxied });
  });
}

const TIERS = [
  { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '125' },
  { notionalFloor: '10', maintenanceMarginRate: '0.005', maxLeverage: '100' },
  { notionalFloor: '20', maintenanceMarginRate: '0.01', maxLeverage: '50' },
  { notionalFloor: '30', maintenanceMarginRate: '0.025', maxLeverage: '20', notionalCap: '1000' },
];

/** Valid states, plans, events, books and indexes the account suites start from. */
export function contextOf(lib) {
  const isolatedConfig = {
    mode: 'isolated',
    pair: { base: 'BTC', quote: 'USDT' },
    venue: lib.venuePresets.bitget,
    maintenanceMarginRate: '0.1', // Bitget sets it per pair (its API's BTCUSDT tier-1 example)
    interest: { USDT: { rate: '0.000126279' }, BTC: { rate: '0.00007', clock: { kind: 'elapsedPeriods', periodHours: 4, openingCharge: true } } },
    prices: { BTC: '60000' },
    tradingFeeRate: '0.001',
    at: T0,
  };
  const crossConfig = {
    mode: 'cross',
    assets: ['BTC', 'ETH'],
    interest: { USDT: { rate: '0.0002' }, BTC: { rate: '0.0001', ratePeriodHours: 24 }, ETH: { rate: '0.0001' } },
    coinLimits: { ETH: '5' },
    tradingFeeRate: '0.001',
    feeAsset: 'quote',
    prices: { BTC: '60000', ETH: '3000' },
    at: T0,
  };
  // Binance Cross Margin Pro with the margin-fee page's liability tiers
  const proConfig = {
    mode: 'cross',
    venue: lib.venuePresets.binanceCrossPro,
    assets: ['BTC', 'ETH'],
    liabilityTiers: {
      BTC: [{ notionalFloor: '0', maintenanceMarginRate: '0.05' }, { notionalFloor: '50000', maintenanceMarginRate: '0.07' }, { notionalFloor: '100000', maintenanceMarginRate: '0.08', maintenanceAmount: '2000', notionalCap: '5000000' }],
      ETH: [{ notionalFloor: '0', maintenanceMarginRate: '0.05' }, { notionalFloor: '30000', maintenanceMarginRate: '0.07' }],
      USDT: [{ notionalFloor: '0', maintenanceMarginRate: '0.05' }],
    },
    interest: { BTC: { rate: '0.0002' }, ETH: { rate: '0.0002' }, USDT: { rate: '0.0002' } },
    prices: { BTC: '33000', ETH: '3000' },
    at: T0,
  };
  const loan = (principal) => ({ principal, interest: '0', tranches: [{ principal, borrowedAt: T0, accruedTo: T0 }] });
  const proJSON = { ...lib.accountToJSON(lib.createAccount(proConfig)), balances: { USDT: '499330' }, loans: { BTC: loan('13'), ETH: loan('13') }, status: 'liquidation' };
  const proLiquidatable = lib.accountFromJSON(JSON.parse(JSON.stringify(proJSON)));
  const must = (state, command) => {
    const r = lib.execute(state, command);
    if (!r.ok) throw new Error(`fixture ${command.type} rejected: ${r.rejection.code}`);
    return r;
  };
  const events = [];
  let isolated = lib.createAccount(isolatedConfig);
  const initial = isolated;
  for (const command of [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
    { type: 'trade', at: T0 + 600_000, side: 'buy', quantity: '0.04', price: '60000', autoBorrow: true },
    { type: 'applyCoupon', at: T0 + H, asset: 'USDT', rateMultiplier: '0.5', from: T0 + 2 * H, to: T0 + 5 * H },
    { type: 'updatePrices', at: T0 + 3 * H, prices: { BTC: '52000' } },
    { type: 'deposit', at: T0 + 4 * H, asset: 'USDT', amount: '20' },
    { type: 'repay', at: T0 + 4 * H, asset: 'USDT', amount: '10' },
  ]) {
    const r = must(isolated, command);
    isolated = r.state;
    events.push(...r.events);
  }
  const crashed = must(isolated, { type: 'updatePrices', at: T0 + 5 * H, prices: { BTC: '26000' } });
  events.push(...crashed.events);
  const liquidatable = crashed.state;
  const plan = lib.planLiquidation(liquidatable, { feeRate: '0.01' });
  const liquidated = must(liquidatable, { type: 'liquidate', at: liquidatable.at, plan });
  events.push(...liquidated.events);
  const cross = must(lib.createAccount(crossConfig), { type: 'deposit', at: T0, asset: 'USDT', amount: '5000' }).state;
  const holdings = [
    { id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '2000' } } },
    { id: 'a2', holdings: lib.holdingsOf(isolated) },
    { id: 'a3', holdings: { ETH: { held: '2', debt: '0.1' }, BTC: { held: '0.01' }, USDT: { debt: '5000' } } },
  ];
  const index = lib.createLiquidationIndex(holdings, { prices: { BTC: '60000', ETH: '3000' } });
  const book = lib.createAccountBook(holdings, { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.8', liquidation: '1' } });
  const fund = lib.applyToFund(lib.createInsuranceFund({ USDT: '1000' }), events);
  // the state each event applies to
  const before = [];
  let state = initial;
  for (const event of events) {
    before.push(state);
    state = lib.evolve(state, event);
  }
  // a futures account: isolated and cross, a linear market with tiers, an inverse account apart
  const futuresConfig = {
    marginMode: 'cross',
    markets: {
      BTCUSDT: { maxLeverage: '100', leverage: '20', tiers: [{ notionalFloor: '0', maintenanceMarginRate: '0.004' }, { notionalFloor: '50000', maintenanceMarginRate: '0.005' }], takerFeeRate: '0.0006', makerFeeRate: '0.0002', lotSize: '0.001', tickSize: '0.1', maintenanceBasis: 'mark', fundingIntervalHours: 8 },
      ETHUSDT: { maxLeverage: '50', maintenanceMarginRate: '0.005' },
    },
    marginCallRatio: '0.8',
    marks: { BTCUSDT: '60000', ETHUSDT: '3000' },
    at: T0,
  };
  const inverseConfig = { marginMode: 'isolated', settlementAsset: 'XBT', markets: { XBTUSD: { contract: 'inverse', contractSize: '1', maxLeverage: '100', leverage: '10', maintenanceMarginRate: '0.005' } }, marks: { XBTUSD: '60000' }, at: T0 };
  const futuresInitial = lib.createFuturesAccount(futuresConfig);
  const futuresEvents = [];
  let futures = futuresInitial;
  for (const command of [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '10000' },
    { type: 'trade', at: T0, market: 'BTCUSDT', side: 'buy', quantity: '0.1', price: '60000' },
    { type: 'trade', at: T0, market: 'ETHUSDT', side: 'sell', quantity: '1', price: '3000', role: 'maker' },
    { type: 'settleFunding', at: T0 + 8 * H, market: 'BTCUSDT', rate: '0.0001' },
    { type: 'updateMarks', at: T0 + 8 * H, marks: { BTCUSDT: '59000' } },
  ]) {
    const r = must(futures, command);
    futures = r.state;
    futuresEvents.push(...r.events);
  }
  // an isolated futures account in liquidation, with its plan
  let futuresDown = lib.createFuturesAccount({ ...futuresConfig, marginMode: 'isolated' });
  for (const command of [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
    { type: 'trade', at: T0, market: 'BTCUSDT', side: 'buy', quantity: '0.1', price: '60000' },
    { type: 'updateMarks', at: T0 + H, marks: { BTCUSDT: '57200' } },
  ]) futuresDown = must(futuresDown, command).state;
  const futuresPlan = lib.planFuturesLiquidation(futuresDown, { exitPrices: { BTCUSDT: '57100' } });
  const futuresBefore = [];
  let replayed = futuresInitial;
  for (const event of futuresEvents) {
    futuresBefore.push(replayed);
    replayed = lib.evolve(replayed, event);
  }
  let inverse = lib.createFuturesAccount(inverseConfig);
  for (const command of [
    { type: 'deposit', at: T0, asset: 'XBT', amount: '1' },
    { type: 'trade', at: T0, market: 'XBTUSD', side: 'sell', quantity: '6000', price: '60000' },
  ]) inverse = must(inverse, command).state;
  // a cross hedge-mode account holding both sides of BTCUSDT
  let hedged = lib.createFuturesAccount({ ...futuresConfig, positionMode: 'hedge' });
  for (const command of [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '10000' },
    { type: 'trade', at: T0, market: 'BTCUSDT', side: 'buy', quantity: '0.2', price: '60000', positionSide: 'long' },
    { type: 'trade', at: T0, market: 'BTCUSDT', side: 'sell', quantity: '0.1', price: '60000', positionSide: 'short' },
  ]) hedged = must(hedged, command).state;
  return { isolatedConfig, crossConfig, proConfig, proJSON, proLiquidatable, initial, isolated, cross, liquidatable, plan, events, before, holdings, index, book, fund, futuresConfig, inverseConfig, futuresInitial, futures, futuresEvents, futuresBefore, inverse, futuresDown, futuresPlan, hedged };
}

/** Every exported function, with the valid argument lists its hostile variants are made of. */
export function suites(lib, ctx) {
  const { isolated, cross, liquidatable, plan, events, holdings, index, book, fund } = ctx;
  const json = (v) => JSON.parse(JSON.stringify(v));
  const commands = [
    { type: 'deposit', at: T0 + 6 * H, asset: 'USDT', amount: '100' },
    { type: 'withdraw', at: T0 + 6 * H, asset: 'USDT', amount: '1' },
    { type: 'borrow', at: T0 + 6 * H, asset: 'USDT', amount: '10', poolRemaining: '1000000' },
    { type: 'repay', at: T0 + 6 * H, asset: 'USDT', amount: 'all' },
    { type: 'trade', at: T0 + 6 * H, side: 'sell', quantity: '0.001', price: '52000', base: 'BTC', quote: 'USDT', autoBorrow: true, autoRepay: true, poolRemaining: '10' },
    { type: 'repayAll', at: T0 + 6 * H },
    { type: 'accrue', at: T0 + 7 * H },
    { type: 'updatePrices', at: T0 + 6 * H, prices: { BTC: '51000' } },
    { type: 'applyCoupon', at: T0 + 6 * H, asset: 'USDT', rateMultiplier: '0.9', from: T0 + 7 * H, to: T0 + 9 * H },
  ];
  const futuresCommands = [
    { type: 'deposit', at: T0 + 9 * H, asset: 'USDT', amount: '100' },
    { type: 'withdraw', at: T0 + 9 * H, asset: 'USDT', amount: '1' },
    { type: 'setLeverage', at: T0 + 9 * H, market: 'BTCUSDT', leverage: '10' },
    { type: 'trade', at: T0 + 9 * H, market: 'BTCUSDT', side: 'sell', quantity: '0.05', price: '59000', role: 'taker', feeRate: '0.0005', reduceOnly: true },
    { type: 'addMargin', at: T0 + 9 * H, market: 'BTCUSDT', amount: '1' },
    { type: 'removeMargin', at: T0 + 9 * H, market: 'BTCUSDT', amount: '1' },
    { type: 'updateMarks', at: T0 + 9 * H, marks: { BTCUSDT: '58000' } },
    { type: 'settleFunding', at: T0 + 16 * H, market: 'BTCUSDT', rate: '-0.0001' },
    { type: 'deleverage', at: T0 + 16 * H, market: 'BTCUSDT', quantity: '0.05', price: '61000' },
    { type: 'settle', at: T0 + 16 * H, market: 'ETHUSDT', price: '2900' },
  ];
  const planJSON = json(lib.planLiquidation(liquidatable, { feeRate: '0.01' }));
  const eventJSON = events.map((e) => lib.eventToJSON(e));
  const stateJSON = json(lib.accountToJSON(isolated));
  const valid = {
    maxBorrowable: [[{ margin: '10000', maxLeverage: '3', borrowed: '100', coinLimit: '15000', poolRemaining: '5000', scale: 8 }]],
    accruedInterest: [
      [{ principal: '10000', rate: '0.000126279', ratePeriodHours: 24, from: T0, to: T0 + 30 * H, since: T0 + H, clock: { kind: 'elapsedPeriods', periodHours: 4, openingCharge: true }, discounts: [{ rateMultiplier: '0.5', from: T0, to: T0 + 2 * H }], scale: 8 }],
      [{ principal: '1000', rate: '0.00052', from: T0, to: T0 + 400 * H, clock: { kind: 'snapshots', periodHours: 1 }, compounding: true }],
      [{ principal: '1000', rate: '0.00052', from: T0, to: T0 + 400 * H, clock: { kind: 'continuous' }, discounts: [{ rateMultiplier: '0', to: T0 + H }] }],
      [{ principal: '1000', rate: '0.0002', openingRate: '0.0002', ratePeriodHours: 4, from: T0, to: T0 + 30 * H, clock: { kind: 'elapsedPeriods', periodHours: 4, openingCharge: false } }],
      // the certified shortcut's case: inputs read in place
      [{ principal: '10000.5', rate: '0.000126279', from: T0, to: T0 + 30 * H, clock: { kind: 'clockHours' }, scale: 8 }],
    ],
    chargeInstants: [[{ from: T0, to: T0 + 30 * H, since: T0 + 2 * H, clock: { kind: 'clockHours' } }]],
    repaymentSplit: [[{ amount: '100', interest: '1.5', principal: '1000' }]],
    annualRate: [['0.0002']],
    riskRate: [[{ assets: '1000', liabilities: '850', model: { kind: 'maintenance', maintenanceMarginRate: '0.1' }, scale: 8 }]],
    marginLevel: [[{ assets: '1100', liabilities: '1000', scale: 8 }]],
    riskStatus: [[{ assets: '1000', liabilities: '850', model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.3', liquidation: '1.1' } }]],
    coverageMultiple: [[{ model: { kind: 'maintenance', maintenanceMarginRate: '0.1' }, threshold: '1' }]],
    accountValuation: [[{ balances: { BTC: '0.05', USDT: '500' }, loans: { USDT: { principal: '2000', interest: '0.5' } }, prices: { BTC: '60000' }, valuationAsset: 'USDT' }]],
    exposure: [[{ margin: '500', leverage: '10' }]],
    pnl: [[{ side: 'long', entryPrice: '10000', exitPrice: '10500', quantity: '100000', contract: 'inverse', scale: 8 }]],
    returnOnMargin: [[{ pnl: '500', margin: '1000', scale: 8 }]],
    fundingPayment: [[{ side: 'short', quantity: '2', markPrice: '50000', fundingRate: '-0.0001', contract: 'linear', scale: 8 }]],
    positionSize: [[{ equity: '10000', riskFraction: '0.01', entryPrice: '50000', stopPrice: '49000', scale: 8 }]],
    stopPlacement: [[{ side: 'long', entryPrice: '40000', stopPrice: '38000', liquidationPrice: '36000' }]],
    liquidationDistance: [[{ leverage: '10', maintenanceMarginRate: '0.005', maintenanceBasis: 'mark', side: 'short', scale: 8 }]],
    bankruptcyPrice: [
      [{ side: 'short', entryPrice: '10000', leverage: '50', contract: 'inverse', scale: 8 }],
      [{ side: 'long', entryPrice: '8000', quantity: '10000', margin: '0.5', closeFeeRate: '0.00075', contract: 'inverse', tickSize: '0.5' }],
    ],
    liquidationPrice: [
      [{ side: 'long', entryPrice: '84000', quantity: '1', margin: '8400', maintenanceMarginRate: '0.004', maintenanceAmount: '0', maintenanceBasis: 'mark', closeFeeRate: '0.0005', contract: 'linear', cross: { otherMaintenanceMargin: '10', otherUnrealizedPnl: '-5' }, scale: 8 }],
      [{ side: 'short', entryPrice: '40000', quantity: '500000', leverage: '20', tiers: TIERS, contract: 'inverse' }],
      [{ side: 'long', entryPrice: '8000', quantity: '10000', margin: '0.5', maintenanceMarginRate: '0.005', maintenanceBasis: 'entry', closeFeeRate: '0.00075', closeFeeBasis: 'bankruptcy', contract: 'inverse', tickSize: '0.5' }],
      // the certified shortcut's case: inputs read in place
      [{ side: 'short', entryPrice: '84000.5', quantity: '0.75', margin: '6300', maintenanceMarginRate: '0.004', maintenanceBasis: 'mark', contract: 'linear', scale: 8 }],
    ],
    maintenanceAmounts: [[TIERS]],
    maintenanceTier: [[TIERS, '40']],
    maxLeverageForNotional: [[TIERS, '25']],
    spotLiquidationPrice: [
      [{ base: { held: '0.05', debt: '0' }, quote: { held: '0', debt: '2000' }, model: { kind: 'debtRatio' }, threshold: '1', scale: 8 }],
      [{ base: { held: '0.04995', debt: '0' }, quote: { held: '0', debt: '2000' }, model: { kind: 'marginLevel' }, threshold: '1.05', tickSize: '0.01' }],
    ],
    crossSpotLiquidationPrice: [[{ asset: 'BTC', balances: { BTC: '0.05', ETH: '1' }, loans: { USDT: { principal: '4000' } }, prices: { BTC: '60000', ETH: '2000' }, model: { kind: 'debtRatio' }, threshold: '1', tickSize: '0.5' }]],
    planLiquidation: [[liquidatable, { mode: 'partial', targetRiskRate: '0.5', feeRate: '0.01', slippage: '0.001', prices: { BTC: '26000' }, lotSizes: { BTC: '0.0001' }, minimums: { BTC: '0.001' }, saleOrder: ['BTC'], repayOrder: ['USDT'], scale: 8 }], [liquidatable, { mode: 'sellAll', feeRate: '0.01' }], [ctx.proLiquidatable, { feeRate: '0.03', lotSizes: { USDT: '0.01' } }]],
    createInsuranceFund: [[{ USDT: '1000' }]],
    applyToFund: [[fund, events]],
    toVenuePreset: [['binance'], ['Binance', 'venue']],
    isVenueName: [['okx']],
    createAccount: [[ctx.isolatedConfig], [ctx.crossConfig], [ctx.proConfig]],
    createFuturesAccount: [[ctx.futuresConfig], [ctx.inverseConfig], [{ venue: lib.futuresVenuePresets.hyperliquid, marginMode: 'isolated', positionMode: 'hedge', markets: { BTC: { leverage: '10' } }, marks: { BTC: '60000' }, at: T0 }]],
    futuresAccountView: [[ctx.futures], [ctx.inverse], [ctx.hedged]],
    maxOpenQuantity: [[ctx.futures, 'BTCUSDT', { side: 'buy' }], [ctx.futures, 'ETHUSDT', { side: 'buy', price: '3000', role: 'maker' }], [ctx.inverse, 'XBTUSD', { side: 'buy' }], [ctx.hedged, 'BTCUSDT', { side: 'sell', positionSide: 'short' }]],
    positionView: [[ctx.futures, 'BTCUSDT'], [ctx.inverse, 'XBTUSD'], [ctx.hedged, 'BTCUSDT', 'long'], [ctx.hedged, 'BTCUSDT', 'short']],
    planFuturesLiquidation: [[ctx.futuresDown, { style: 'full', exitPrices: { BTCUSDT: '57100' } }], [ctx.futuresDown, { style: 'slices', sliceFraction: '0.2', sliceAbove: '1000' }], [ctx.futuresDown, { style: 'tierStepDown' }], [ctx.futures]],
    breakEvenPrice: [[{ side: 'long', entryPrice: '20000', quantity: '1', openFeeRate: '0.00055', closeFeeRate: '0.00055', fundingPaid: '6', contract: 'linear', scale: 8 }], [{ side: 'short', entryPrice: '20000', quantity: '100', contract: 'inverse', tickSize: '0.5' }]],
    marginForLiquidationPrice: [[{ side: 'long', entryPrice: '20000', quantity: '1', liquidationPrice: '19700', maintenanceMarginRate: '0.005', maintenanceAmount: '0', maintenanceBasis: 'entry', contract: 'linear', scale: 8 }], [{ side: 'short', entryPrice: '20000', quantity: '1000', liquidationPrice: '21000', tiers: TIERS, contract: 'inverse' }]],
    maxPositionSize: [[{ margin: '1000', price: '50000', leverage: '125', tiers: [{ notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '125' }, { notionalFloor: '50000', maintenanceMarginRate: '0.005', maxLeverage: '100', notionalCap: '250000' }], feeRate: '0.0005', contract: 'linear', lotSize: '0.001' }]],
    adlRanking: [[[
      { id: 'a', side: 'long', quantity: '10', entryPrice: '100', markPrice: '150', bankruptcyPrice: '125' },
      { id: 'b', side: 'short', quantity: '5', entryPrice: '100', markPrice: '80', bankruptcyPrice: '90', contract: 'inverse' },
    ]]],
    fromCcxtBalance: [[{ total: { BTC: 555, USD: 579 } }], [{ BTC: { free: 0.05, used: 0, total: 0.05 }, USDT: { total: 0, debt: 2000 } }]],
    fromCcxtBorrowInterest: [[[{ currency: 'USDT', interest: 0.00004842, interestRate: 0.0002, amountBorrowed: 5.81, timestamp: 1648699200000 }]]],
    toCcxtBorrowInterest: [[isolated]],
    fromCcxtBorrowRate: [[{ currency: 'USDT', rate: 0.0006, period: 86400000 }], [[{ currency: 'BTC', rate: '0.00001', period: 3600000 }]]],
    fromCcxtLeverageTiers: [[[{ minNotional: 0, maxNotional: 10000, maintenanceMarginRate: 0.0065, maxLeverage: 75 }, { minNotional: 10000, maxNotional: 50000, maintenanceMarginRate: 0.01, maxLeverage: 50 }]]],
    fromCcxtPosition: [[{ symbol: 'BTC/USD:BTC', side: 'long', contracts: 5, contractSize: 100, entryPrice: 20000, markPrice: 20050, leverage: 100, marginMode: 'cross', hedged: false }]],
    fromCcxtFundingRateHistory: [[[{ symbol: 'BTC/USDT:USDT', fundingRate: -0.000068, timestamp: 1642953600000 }]]],
    adlAllocation: [[[{ id: '2', quantity: '10' }, { id: '5', quantity: '20', side: 'long', score: '5', percentile: '0.4' }], '20', '650']],
    decide: futuresCommands.map((c) => [ctx.futures, c]).concat(commands.map((c) => [isolated, c])).concat([[liquidatable, { type: 'liquidate', at: liquidatable.at, plan: planJSON }], [cross, { ...commands[4], side: 'buy', base: 'ETH', quote: 'USDT' }]]),
    execute: futuresCommands.map((c) => [ctx.futures, c]).concat([[ctx.futuresDown, { type: 'liquidate', at: T0 + H, plan: ctx.futuresPlan }], [ctx.futuresDown, { type: 'liquidate', at: T0 + H, plan: json(ctx.futuresPlan) }]], [[ctx.inverse, { type: 'trade', at: T0 + H, market: 'XBTUSD', side: 'buy', quantity: '3000', price: '59000' }]], [[ctx.hedged, { type: 'trade', at: T0 + H, market: 'BTCUSDT', side: 'sell', quantity: '0.1', price: '59000', positionSide: 'long' }]], [[ctx.hedged, { type: 'settleFunding', at: T0 + H, market: 'BTCUSDT', rate: '0.0001' }]], commands.map((c) => [isolated, c])).concat([[liquidatable, { type: 'liquidate', at: liquidatable.at, plan }]]),
    evolve: events.map((e, i) => [ctx.before[i], eventJSON[i]]).concat(ctx.futuresEvents.map((e, i) => [ctx.futuresBefore[i], lib.eventToJSON(e)])),
    replay: [[ctx.initial, eventJSON.map((e) => lib.eventFromJSON(e))], [ctx.futuresInitial, ctx.futuresEvents.map((e) => lib.eventToJSON(e))]],
    accountToJSON: [[isolated], [ctx.futures]],
    accountFromJSON: [[stateJSON], [json(lib.accountToJSON(liquidatable))], [json(ctx.proJSON)], [json(lib.accountToJSON(ctx.futures))], [json(lib.accountToJSON(ctx.inverse))], [json(lib.accountToJSON(ctx.hedged))]],
    eventToJSON: events.map((e) => [e]).concat(ctx.futuresEvents.map((e) => [e])),
    eventFromJSON: eventJSON.map((e) => [e]).concat(ctx.futuresEvents.map((e) => [lib.eventToJSON(e)])),
    createAccountBook: [[holdings, { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.8', liquidation: '1' }, valuationAsset: 'USDT' }]],
    classifyBook: [[book, { BTC: '41000', ETH: '2000' }], [index, { BTC: '41000', ETH: '2000' }]],
    createLiquidationIndex: [[holdings, { prices: { BTC: '60000', ETH: '3000' }, model: { kind: 'debtRatio' } }]],
    crossedBy: [[index, 'BTC', '45000']],
    updateIndex: [[index, { id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '1000' } } }], [index, [{ id: 'a9', holdings: { ETH: { held: '1' }, USDT: { debt: '100' } } }]]],
    repriceIndex: [[index, { BTC: '52000' }]],
    holdingsOf: [[isolated]],
    isMarginError: [[new lib.MarginError('INVALID_DECIMAL', 'x'), 'INVALID_DECIMAL']],
  };
  return Object.entries(valid).map(([name, bases]) => ({ name, bases, call: (args) => lib[name](...args) }));
}

export { hostilePool };
