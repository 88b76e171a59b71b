// The calculator's logic: pure, the same in the browser page and under Node (scripts/run-examples.mjs).
import { liquidationDistance, maxBorrowable, spotLiquidationPrice, venuePresets } from 'margin-math';

/** What a beginner asks: at this leverage, how much do I borrow, how big is my position, where am I liquidated? */
export function calculate({ venue, margin, leverage, entryPrice }) {
  const preset = venuePresets[venue];
  const cap = preset.maxLeverage.isolated ?? preset.maxLeverage.cross;
  const borrow = maxBorrowable({ margin, maxLeverage: leverage });
  if (borrow.amount.gt(maxBorrowable({ margin, maxLeverage: cap }).amount)) return { error: `${preset.title} allows at most ${cap}x` };
  const position = borrow.amount.plus(margin); // quote spent on the base
  const quantity = position.div(entryPrice).round(8, 0); // Big.roundDown: never more than was paid for
  const risk = preset.risk?.isolated ?? preset.risk?.cross;
  // A venue that sets the maintenance rate per pair (Bitget isolated) needs the pair's: 0.1 is Bitget's
  // API example for BTCUSDT, tier 1.
  const model = risk?.model.maintenanceMarginRate === 'perPair' ? { kind: 'maintenance', maintenanceMarginRate: '0.1' } : risk?.model;
  const liq = spotLiquidationPrice({
    base: { held: quantity, debt: 0 },
    quote: { held: position.minus(quantity.times(entryPrice)), debt: borrow.amount },
    ...(risk && { model, threshold: risk.thresholds.liquidation }),
    scale: 2, // a long's trigger rounds up: the conservative side
  });
  return {
    borrowed: borrow.amount.toFixed(),
    quantity: quantity.toFixed(),
    liquidationPrice: liq?.toFixed() ?? 'never',
    roughDistance: liquidationDistance({ leverage, scale: 4 }).times(100).toFixed(),
  };
}

/** Wires the form when there is a document (the page); does nothing under Node. */
export function mount(doc) {
  const form = doc.querySelector('form');
  const out = doc.querySelector('output');
  const update = () => {
    const data = Object.fromEntries(new FormData(form));
    try {
      const r = calculate(data);
      out.textContent = r.error ?? `borrow ${r.borrowed} USDT, hold ${r.quantity} BTC, liquidated at ${r.liquidationPrice} (≈${r.roughDistance}% below entry)`;
    } catch (error) {
      out.textContent = error.message;
    }
    doc.body.dataset.ready = 'true';
  };
  form.addEventListener('input', update);
  update();
}
