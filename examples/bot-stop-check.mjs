// A trading bot on Bybit: before sending a 10x long with a stop, it sizes the position by risk and
// checks that the stop sits between entry and the liquidation price — else the venue would
// liquidate the position before the stop could fire.
import { liquidationPrice, positionSize, stopPlacement, venuePresets } from 'margin-math';

const venue = venuePresets.bybit;
const equity = '5000'; // USDT in the account
const riskFraction = '0.01'; // lose at most 1% of equity if the stop fires
const entryPrice = '64000';
const maintenanceMarginRate = '0.005'; // Bybit's first tier for BTCUSDT

function check(leverage, stopPrice) {
  const quantity = positionSize({ equity, riskFraction, entryPrice, stopPrice });
  const liq = liquidationPrice({ side: 'long', entryPrice, quantity, leverage, maintenanceMarginRate, maintenanceBasis: venue.liquidationPrice.maintenanceBasis });
  const placement = stopPlacement({ side: 'long', entryPrice, stopPrice, liquidationPrice: liq });
  const send = placement.verdict === 'ok';
  console.log(
    `  ${String(leverage).padStart(2)}x, stop ${stopPrice}: size ${quantity.toFixed()} BTC, liquidation ${liq?.toFixed() ?? 'never'} → ` +
      (send ? `send (room to liquidation ${placement.distanceToLiquidation.toFixed()})` : `refuse: ${placement.verdict}`),
  );
  return send;
}

console.log(`bot stop check — long BTCUSDT on ${venue.title} (maintenance at ${venue.liquidationPrice.maintenanceBasis}), entry ${entryPrice}, equity ${equity} USDT, 1% risk`);
const results = [check(10, '62000'), check(50, '62000'), check(10, '64500')];
// Expected: 10x with a stop 3% below is fine; at 50x liquidation (≈63,040) comes before the stop; a stop above entry is no stop.
if (results.join() !== 'true,false,false') process.exitCode = 1;
