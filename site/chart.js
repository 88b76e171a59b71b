// Hand-drawn SVG charts for the calculator: axes with labelled ticks, a legend, and vertical
// price markers whose labels never overprint each other. Numbers here only place pixels: every
// figure the page states comes from the library (calculator.js).

/** Round tick values covering [low, high]: 1, 2 or 5 times a power of ten apart. */
export function ticks(low, high, count = 6) {
  if (!(high > low)) return [low];
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out = [];
  for (let v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const px = (n) => n.toFixed(1);
const group = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * Lays out labels at x positions in rows so that none overlaps the one before it in its row:
 * each label takes the first row whose last label ends `gap` pixels before it starts.
 */
export function labelRows(items, charWidth = 6.5, gap = 8) {
  const ends = [];
  return [...items]
    .sort((a, b) => a.x - b.x)
    .map((item) => {
      const width = item.text.length * charWidth;
      const start = item.x - width / 2;
      let row = ends.findIndex((end) => end + gap <= start);
      if (row === -1) {
        row = ends.length;
        ends.push(0);
      }
      ends[row] = start + width;
      return { ...item, row };
    });
}

/**
 * A line chart against price: `series` (functions of the price), vertical `markers` (labelled
 * prices such as the liquidation price), a `current` dot, x and y axes with units, and a legend.
 */
export function priceChart({ title, xLabel, yLabel, xMin, xMax, series, markers, current, width = 720, height = 330 }) {
  const left = 74;
  const right = 18;
  const legendHeight = 22;
  const samples = 80;
  const xs = Array.from({ length: samples + 1 }, (_, i) => xMin + ((xMax - xMin) * i) / samples);
  const values = series.flatMap((s) => xs.map((x) => s.at(x)).filter(Number.isFinite));
  let yMin = Math.min(0, ...values);
  let yMax = Math.max(...values);
  if (!(yMax > yMin)) yMax = yMin + 1;
  const pad = (yMax - yMin) * 0.08;
  yMin -= pad;
  yMax += pad;
  const placed = labelRows(markers.map((m) => ({ ...m, x: left + ((m.price - xMin) / (xMax - xMin)) * (width - left - right), text: m.label })));
  const rows = Math.max(1, ...placed.map((m) => m.row + 1));
  const top = 44 + rows * 14;
  const bottom = height - 44 - legendHeight;
  const x = (v) => left + ((v - xMin) / (xMax - xMin)) * (width - left - right);
  const y = (v) => bottom - ((v - yMin) / (yMax - yMin)) * (bottom - top);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(title)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="18" font-size="14" font-weight="600">${escape(title)}</text>`,
  ];
  for (const t of ticks(yMin, yMax, 5)) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="${t === 0 ? '#999' : '#eee'}"/>`);
    parts.push(`<text x="${left - 6}" y="${px(y(t) + 4)}" text-anchor="end" fill="#555">${group(t)}</text>`);
  }
  for (const t of ticks(xMin, xMax, 6)) {
    parts.push(`<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${bottom}" y2="${bottom + 5}" stroke="#555"/>`);
    parts.push(`<text x="${px(x(t))}" y="${bottom + 18}" text-anchor="middle" fill="#555">${group(t)}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${bottom}" y2="${bottom}" stroke="#555"/>`);
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="#555"/>`);
  parts.push(`<text x="${(left + width - right) / 2}" y="${bottom + 34}" text-anchor="middle" fill="#333">${escape(xLabel)}</text>`);
  parts.push(`<text transform="translate(14 ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#333">${escape(yLabel)}</text>`);
  for (const m of placed) {
    const labelY = 40 + m.row * 14;
    parts.push(`<line x1="${px(m.x)}" x2="${px(m.x)}" y1="${labelY + 3}" y2="${bottom}" stroke="${m.colour}" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${px(m.x)}" y="${labelY}" text-anchor="middle" fill="${m.colour}">${escape(m.label)}</text>`);
  }
  for (const s of series) {
    const d = xs.map((v, i) => `${i === 0 ? 'M' : 'L'}${px(x(v))},${px(y(Math.max(yMin, Math.min(yMax, s.at(v)))))}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="${s.dashed ? 1.5 : 2.5}"${s.dashed ? ' stroke-dasharray="3 3"' : ''}/>`);
  }
  if (current && Number.isFinite(current.value)) {
    parts.push(`<circle cx="${px(x(current.price))}" cy="${px(y(Math.max(yMin, Math.min(yMax, current.value))))}" r="5" fill="${current.colour}" stroke="#fff" stroke-width="1.5"/>`);
  }
  let legendX = left;
  const legendY = height - 12;
  for (const item of [...series.map((s) => ({ colour: s.colour, text: s.name, dashed: s.dashed })), ...(current ? [{ colour: current.colour, text: current.label, dot: true }] : [])]) {
    parts.push(
      item.dot
        ? `<circle cx="${legendX + 8}" cy="${legendY - 4}" r="5" fill="${item.colour}"/>`
        : `<line x1="${legendX}" x2="${legendX + 18}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${item.colour}" stroke-width="2.5"${item.dashed ? ' stroke-dasharray="3 3"' : ''}/>`,
    );
    parts.push(`<text x="${legendX + 24}" y="${legendY}" fill="#333">${escape(item.text)}</text>`);
    legendX += 34 + item.text.length * 6.5;
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * A horizontal gauge of closeness to liquidation (0 = no debt, 1 = the liquidation line), with the
 * margin-call and liquidation lines labelled in the venue's own measure and a needle at `value`.
 */
export function riskGauge({ closeness, marginCallAt, needleLabel, callLabel, liquidationLabel, width = 340, height = 64 }) {
  const max = 1.2;
  const left = 10;
  const span = width - 20;
  const x = (c) => left + (Math.min(Math.max(c, 0), max) / max) * span;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="risk gauge" font-family="system-ui, sans-serif" font-size="11">`];
  const callX = marginCallAt === undefined ? x(1) : x(marginCallAt);
  parts.push(`<rect x="${left}" y="24" width="${callX - left}" height="14" fill="#cdebd3"/>`);
  parts.push(`<rect x="${callX}" y="24" width="${x(1) - callX}" height="14" fill="#fde3b5"/>`);
  parts.push(`<rect x="${x(1)}" y="24" width="${x(max) - x(1)}" height="14" fill="#f6c4c0"/>`);
  const labels = labelRows([
    ...(marginCallAt === undefined || marginCallAt >= 1 ? [] : [{ x: callX, text: callLabel, colour: '#b9770e' }]),
    { x: x(1), text: liquidationLabel, colour: '#c0392b' },
  ], 6, 6);
  for (const l of labels) {
    parts.push(`<line x1="${px(l.x)}" x2="${px(l.x)}" y1="22" y2="40" stroke="${l.colour}" stroke-width="2"/>`);
    parts.push(`<text x="${px(l.x)}" y="${52 + l.row * 11}" text-anchor="middle" fill="${l.colour}">${escape(l.text)}</text>`);
  }
  const needle = Number.isFinite(closeness) ? x(closeness) : x(max);
  parts.push(`<path d="M${px(needle - 6)},8 L${px(needle + 6)},8 L${px(needle)},22 Z" fill="#2c3e50"/>`);
  parts.push(`<title>${escape(needleLabel)}</title>`);
  parts.push('</svg>');
  return parts.join('');
}
