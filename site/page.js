// Wires the calculator page: reads each panel's form, renders what calculator.js computes, and
// redraws the live figures, the gauge and the chart as the price moves.
import Big from 'big.js';
import { InputError, clockName, measureName, perpetual, perpetualAt, spotAt, spotMargin, stopCheck, wickPrice } from './calculator.js';
import { priceChart, riskGauge } from './chart.js';

const STATUS_WORDS = {
  normal: 'safe for now',
  marginCall: 'margin call: the exchange warns you — add margin or reduce the position',
  liquidation: 'liquidated: the exchange closes your position to repay the loan',
};
const LIMIT_WORDS = { leverage: 'your leverage: margin × (leverage − 1)', coinLimit: 'the borrow limit you typed', pool: "the exchange's lending pool" };
const COLOURS = { entry: '#7f8c8d', liquidation: '#c0392b', call: '#d68910', gone: '#6c3483', stop: '#2471a3', equity: '#1e8449', maintenance: '#c0392b', now: '#2c3e50' };

/** A venue's name as the page prints it (Ⓢ, missing from many fonts, as S). */
const named = (title) => title.replace('Ⓢ', 'S');
/** The quote a panel's prices and amounts are in. */
const unitOf = (r) => (r.product === 'spot' ? 'USDT' : r.unit);
const fixed = (value) => (value === null || value === undefined ? '—' : value.toFixed());
const signed = (value) => (value.gt(0) ? `+${value.toFixed()}` : value.toFixed());
const num = (value) => Number(value.toFixed());

function figure(panel, name, text) {
  const el = panel.querySelector(`[data-figure="${name}"]`);
  if (el) el.textContent = text;
}

function formValues(form) {
  const data = new FormData(form);
  return Object.fromEntries([...data.keys()].map((k) => [k, data.get(k)]));
}

function showError(panel, error) {
  const box = panel.querySelector('[data-error]');
  for (const el of panel.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  if (error === undefined) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.hidden = false;
  box.textContent = error.message;
  box.dataset.field = error.field;
  const input = panel.querySelector(`[name="${error.field}"]`);
  if (input) input.setAttribute('aria-invalid', 'true');
}

/** The slider's range around the interesting prices, and its step. */
function setSlider(panel, result, marks) {
  const slider = panel.querySelector('[data-slider]');
  const entry = num(result.entryPrice);
  const low = Math.min(entry * 0.5, ...marks.map((m) => m * 0.9));
  const high = Math.max(entry * 1.5, ...marks.map((m) => m * 1.1));
  const step = entry >= 100 ? 1 : 0.0001;
  slider.min = String(Math.max(step, Math.floor(low / step) * step));
  slider.max = String(Math.ceil(high / step) * step);
  slider.step = String(step);
}

function chartRange(prices) {
  const finite = prices.filter(Number.isFinite);
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const pad = (high - low) * 0.12 || high * 0.1;
  return [Math.max(0, low - pad), high + pad];
}

function markerList(entries) {
  return entries.filter(([, price]) => price !== null && price !== undefined).map(([label, price, colour]) => ({ label: `${label} ${price.toFixed()}`, price: num(price), colour }));
}

/** One panel: its inputs, its computation, and its live part. */
function panelController(panel, product) {
  const form = panel.querySelector('form');
  const priceInput = panel.querySelector('[data-price]');
  const slider = panel.querySelector('[data-slider]');
  const wickInput = panel.querySelector('[name="wick"]');
  const stopInput = panel.querySelector('[name="stopPrice"]');
  let result;
  let lastKey;

  const compute = () => {
    const values = { ...formValues(form) };
    const key = JSON.stringify(values);
    if (key === lastKey && result) return result;
    lastKey = key;
    result = product === 'spot' ? spotMargin(values) : perpetual(values);
    return result;
  };

  const renderStatic = (r) => {
    const p = product;
    const down = r.side === 'long';
    figure(panel, `${p}-direction-word`, down ? 'below' : 'above');
    if (p === 'spot') {
      figure(panel, 'spot-borrowed', fixed(r.borrowed));
      figure(panel, 'spot-borrowed-asset', r.borrowedAsset);
      figure(panel, 'spot-limited-by', LIMIT_WORDS[r.limitedBy]);
      figure(panel, 'spot-quantity', fixed(r.quantity));
      figure(panel, 'spot-position-value', fixed(r.positionValue));
      figure(panel, 'spot-liquidation-price', r.liquidationPrice === null ? 'never' : fixed(r.liquidationPrice));
      figure(panel, 'spot-distance', fixed(r.distance));
      figure(panel, 'spot-margin-call-price', fixed(r.marginCallPrice));
      figure(panel, 'spot-interest-day', fixed(r.interestDay.amount));
      figure(panel, 'spot-interest-hour', fixed(r.interestHour.amount));
      figure(panel, 'spot-interest-hour-charges', String(r.interestHour.charges));
      figure(panel, 'spot-interest-asset', r.borrowedAsset);
      figure(panel, 'spot-clock', `${r.venue}: ${clockName(r.clock)}; ${r.interestDay.charges} charges in the first day`);
      figure(panel, 'spot-rate-unit', `% per ${r.ratePeriodHours === 24 ? 'day' : `${r.ratePeriodHours} h`}`);
      figure(panel, 'spot-limit-unit', `${r.borrowedAsset}, optional`);
      figure(panel, 'spot-measure', measureName(r.model));
      const gone = r.wipeOutPrice;
      const goneMove = gone === null ? null : gone.minus(r.entryPrice).abs().div(r.entryPrice).times(100).round(2, Big.roundDown);
      figure(
        panel,
        'spot-story',
        `With ${r.margin} USDT at ${r.leverage}x you borrow ${r.borrowed} ${r.borrowedAsset} and ${down ? 'buy' : 'sell'} ${r.quantity} BTC (${r.positionValue} USDT). ` +
          (r.liquidationPrice === null
            ? 'This position cannot be liquidated.'
            : `If BTC ${down ? 'falls' : 'rises'} ${r.distance}% to ${r.liquidationPrice} USDT, ${r.venue} liquidates you${gone ? ` — well before your own money would be gone, at ${gone} USDT (${goneMove}% ${down ? 'below' : 'above'} entry)` : ''}.`),
      );
    } else {
      const unit = r.unit;
      for (const name of ['perp-unit', 'perp-exposure-unit', 'perp-pnl-unit', 'perp-funding-asset']) figure(panel, name, unit);
      figure(panel, 'perp-exposure', fixed(r.exposure));
      figure(panel, 'perp-quantity', fixed(r.quantity));
      figure(panel, 'perp-liquidation-price', r.liquidationPrice === null ? 'never' : fixed(r.liquidationPrice));
      figure(panel, 'perp-bankruptcy-price', fixed(r.bankruptcyPrice));
      figure(panel, 'perp-distance', fixed(r.distance));
      figure(panel, 'perp-funding', signed(r.fundingPerInterval));
      figure(panel, 'perp-funding-every', `every ${r.fundingIntervalHours} h`);
      figure(panel, 'perp-funding-unit', `% every ${r.fundingIntervalHours} h`);
      figure(
        panel,
        'perp-funding-days',
        r.daysPerPercent === null
          ? 'At this rate funding is paid to you: it moves your liquidation price away.'
          : `${r.daysPerPercent} days of this funding move your liquidation price 1% closer.`,
      );
      figure(
        panel,
        'perp-story',
        `With ${r.margin} ${unit} at ${r.leverage}x you hold ${r.exposure} ${unit} of BTC: every 1% the price moves is ${r.exposure.div(100).toFixed()} ${unit}, ` +
          `${r.leverage}% of your margin. ${named(r.venue)} liquidates at ${fixed(r.liquidationPrice)} (${fixed(r.distance)}% ${down ? 'below' : 'above'} entry); at ${fixed(r.bankruptcyPrice)} your margin would be gone.`,
      );
      panel.querySelector('[data-custom]').hidden = form.elements.venue.value !== 'custom';
    }
    const wick = wickInput.value.trim();
    panel.querySelector('[data-wick]').textContent = `What if it ${down ? 'wicks' : 'spikes'} ${down ? '−' : '+'}${wick}%?`;
  };

  const renderLive = (r, rawPrice, stop) => {
    const at = product === 'spot' ? spotAt(r, rawPrice) : perpetualAt(r, rawPrice);
    const p = product;
    figure(panel, `${p}-pnl`, signed(at.pnl));
    figure(panel, `${p}-equity`, fixed(at.equity));
    figure(panel, `${p}-return`, signed(at.returnOnMargin));
    figure(panel, `${p}-risk`, at.risk === null ? 'no debt' : fixed(at.risk));
    figure(panel, `${p}-status`, at.status);
    figure(panel, `${p}-status-words`, STATUS_WORDS[at.status]);
    panel.querySelector('.status').dataset.status = at.status;
    // the gauge
    const gauge = panel.querySelector('[data-gauge]');
    if (p === 'spot') {
      const { liquidation: l, marginCall: c } = r.coverage;
      const callAt = num(l.numerator.times(c.denominator).div(l.denominator.times(c.numerator)));
      gauge.innerHTML = riskGauge({ closeness: at.closeness, marginCallAt: callAt, needleLabel: `risk ${fixed(at.risk)}`, callLabel: `margin call ${r.thresholds.marginCall}`, liquidationLabel: `liquidation ${r.thresholds.liquidation}` });
    } else {
      gauge.innerHTML = riskGauge({ closeness: at.closeness, marginCallAt: undefined, needleLabel: `margin ratio ${fixed(at.risk)}`, callLabel: '', liquidationLabel: 'liquidation: ratio 1' });
    }
    // the chart
    const marks =
      p === 'spot'
        ? markerList([['entry', r.entryPrice, COLOURS.entry], ['liquidation', r.liquidationPrice, COLOURS.liquidation], ['margin call', r.marginCallPrice, COLOURS.call], ['margin gone', r.wipeOutPrice, COLOURS.gone], ['stop', stop.check?.stopPrice, COLOURS.stop]])
        : markerList([['entry', r.entryPrice, COLOURS.entry], ['liquidation', r.liquidationPrice, COLOURS.liquidation], ['bankruptcy', r.bankruptcyPrice, COLOURS.gone], ['stop', stop.check?.stopPrice, COLOURS.stop]]);
    const [xMin, xMax] = chartRange([...marks.map((m) => m.price), num(at.price)]);
    const unit = p === 'spot' ? 'USDT' : r.unit;
    const series =
      p === 'spot'
        ? [{ name: `your equity (${unit})`, colour: COLOURS.equity, at: (price) => num(spotAt(r, price.toFixed(2)).equity) }]
        : [
            { name: `your equity: margin + PnL (${unit})`, colour: COLOURS.equity, at: (price) => num(perpetualAt(r, price.toFixed(2)).equity) },
            { name: `maintenance margin (${unit})`, colour: COLOURS.maintenance, dashed: true, at: (price) => num(perpetualAt(r, price.toFixed(2)).maintenance) },
          ];
    panel.querySelector('[data-chart]').innerHTML =
      priceChart({
        title: p === 'spot' ? 'Your equity as the BTC price moves' : 'Equity against maintenance as the mark price moves',
        xLabel: `BTC price (${unit} per BTC)`,
        yLabel: `${unit}`,
        xMin,
        xMax,
        series,
        markers: marks,
        current: { price: num(at.price), value: num(at.equity), label: `now: ${at.price.toFixed()}`, colour: COLOURS.now },
      }) + `<figcaption>${p === 'spot' ? 'Equity = what you hold − what you owe. The exchange liquidates at the red line, before equity reaches zero.' : 'Liquidation happens where equity falls to the maintenance margin (red dashed line) — before the bankruptcy price, where equity is zero.'}</figcaption>`;
    // the wick's story
    const crossed = r.liquidationPrice !== null && (r.side === 'long' ? at.price.lte(r.liquidationPrice) : at.price.gte(r.liquidationPrice));
    figure(
      panel,
      `${p}-wick-story`,
      crossed
        ? `At ${at.price} ${unitOf(r)} per BTC the price is past your liquidation price ${r.liquidationPrice}: a wick that touches it for a second is enough — the position is closed even if the price comes straight back.`
        : r.liquidationPrice === null
          ? ''
          : `At ${at.price} ${unitOf(r)} per BTC you are ${at.price.minus(r.liquidationPrice).abs()} ${unitOf(r)} away from the liquidation price ${r.liquidationPrice}.`,
    );
  };

  /** The stop box's verdict, checked once per update: `{ check }`, or `{ error }` for a stop typed wrong. */
  const stopOf = (r) => {
    try {
      return { check: stopCheck(r, stopInput.value) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { error };
    }
  };

  const renderStop = (r, stop) => {
    let text = '';
    if (stop.error === undefined) {
      const s = stop.check;
      if (s === undefined) text = 'Type a stop price: where you would close the trade yourself, before the exchange does.';
      else if (s.verdict === 'wrongSideOfEntry') text = `A stop at ${s.stopPrice} is on the winning side of your entry ${r.entryPrice}: it is not a stop-loss.`;
      else if (s.verdict === 'beyondLiquidation') text = `✗ A stop at ${s.stopPrice} is past your liquidation price ${fixed(r.liquidationPrice)}: liquidation fires first. Move it closer to your entry.`;
      else
        text =
          `✓ The stop at ${s.stopPrice} fires first: ${s.distanceToLiquidation === null ? 'this position has no liquidation price' : `it sits ${s.distanceToLiquidation} ${unitOf(r)} per BTC before the liquidation price ${fixed(r.liquidationPrice)}`}. This position would lose ${s.lossAtStop} ${unitOf(r)} there (${s.lossPercent}% of your margin). ` +
          `To risk only 1–2% of your margin at this stop, hold ${s.sizes[0]}–${s.sizes[1]} BTC.`;
      stopInput.removeAttribute('aria-invalid');
    } else {
      text = stop.error.message;
      stopInput.setAttribute('aria-invalid', 'true');
    }
    figure(panel, `${product}-stop`, text);
  };

  const update = (source) => {
    let r;
    try {
      r = compute();
      showError(panel, undefined);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      showError(panel, error);
      panel.querySelector('[data-ok]').classList.add('stale');
      result = undefined;
      lastKey = undefined;
      return;
    }
    panel.querySelector('[data-ok]').classList.remove('stale');
    if (source === 'form') {
      renderStatic(r);
      setSlider(panel, r, [r.liquidationPrice, r.entryPrice].filter(Boolean).map(num));
      priceInput.value = r.entryPrice.toFixed();
      slider.value = priceInput.value;
    }
    const stop = stopOf(r);
    try {
      renderLive(r, priceInput.value, stop);
      priceInput.removeAttribute('aria-invalid');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      showError(panel, error);
    }
    renderStop(r, stop);
  };

  form.addEventListener('input', () => update('form'));
  slider.addEventListener('input', () => {
    priceInput.value = slider.value;
    update('price');
  });
  priceInput.addEventListener('input', () => {
    slider.value = priceInput.value;
    update('price');
  });
  stopInput.addEventListener('input', () => update('price'));
  wickInput.addEventListener('input', () => {
    if (result) renderStatic(result);
  });
  panel.querySelector('[data-wick]').addEventListener('click', () => {
    if (!result) return;
    try {
      priceInput.value = wickPrice(result, wickInput.value).toFixed();
      slider.value = priceInput.value;
      update('price');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      showError(panel, error);
    }
  });
  update('form');
}

/** Starts the page: both panels and the tabs between them. */
export function mount(doc) {
  for (const panel of doc.querySelectorAll('[data-panel]')) panelController(panel, panel.dataset.panel);
  for (const tab of doc.querySelectorAll('[data-tab]')) {
    tab.addEventListener('click', () => {
      for (const t of doc.querySelectorAll('[data-tab]')) t.setAttribute('aria-selected', String(t === tab));
      for (const panel of doc.querySelectorAll('[data-panel]')) panel.hidden = panel.dataset.panel !== tab.dataset.tab;
    });
  }
  doc.body.dataset.ready = 'true';
}
