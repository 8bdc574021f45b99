/** A small, dependency-free SVG line chart for the benchmark report (one series, labelled axes). */

export interface Point {
  x: number;
  y: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A readable step for axis ticks: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, ticks = 5): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function lineChart(
  points: readonly Point[],
  options: { title: string; xLabel: string; yLabel: string },
): string {
  const width = 640;
  const height = 360;
  const pad = { left: 70, right: 20, top: 40, bottom: 56 };
  const maxX = Math.max(...points.map((p) => p.x), 1);
  const yStep = niceStep(Math.max(...points.map((p) => p.y), 1));
  const maxY = Math.ceil(Math.max(...points.map((p) => p.y), 1) / yStep) * yStep;
  const sx = (x: number) => pad.left + (x / maxX) * (width - pad.left - pad.right);
  const sy = (y: number) => height - pad.bottom - (y / maxY) * (height - pad.top - pad.bottom);
  const xStep = niceStep(maxX);
  const xTicks = Array.from({ length: Math.floor(maxX / xStep) + 1 }, (_, i) => i * xStep);
  const yTicks = Array.from({ length: Math.round(maxY / yStep) + 1 }, (_, i) => i * yStep);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="t">${escapeXml(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="16" font-weight="700">${escapeXml(options.title)}</text>`,
    ...yTicks.map(
      (y) =>
        `<line x1="${pad.left}" x2="${width - pad.right}" y1="${sy(y)}" y2="${sy(y)}" stroke="#ddd"/><text x="${pad.left - 8}" y="${sy(y) + 4}" text-anchor="end">${y}</text>`,
    ),
    ...xTicks.map(
      (x) =>
        `<text x="${sx(x)}" y="${height - pad.bottom + 18}" text-anchor="middle">${x.toLocaleString('sv-SE')}</text>`,
    ),
    `<line x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="#333"/>`,
    `<line x1="${pad.left}" x2="${width - pad.right}" y1="${height - pad.bottom}" y2="${height - pad.bottom}" stroke="#333"/>`,
    `<text x="${width / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text transform="translate(18 ${height / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`,
    `<path d="${path}" fill="none" stroke="#12375e" stroke-width="3"/>`,
    ...points.map(
      (p) =>
        `<circle cx="${sx(p.x)}" cy="${sy(p.y)}" r="5" fill="#12375e"/><text x="${sx(p.x)}" y="${sy(p.y) - 10}" text-anchor="middle">${p.y}</text>`,
    ),
    '</svg>',
    '',
  ].join('\n');
}
