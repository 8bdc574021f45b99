import { describe, expect, it } from 'vitest';
import { lineChart, niceStep } from '../../scripts/bench/line-chart.ts';

describe('niceStep', () => {
  it('rounds to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(10_000)).toBe(2_000);
    expect(niceStep(93)).toBe(20);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0.4)).toBe(0.1);
  });
});

describe('lineChart', () => {
  it('draws one point per measurement, labelled with its value, and escapes text', () => {
    const svg = lineChart(
      [
        { x: 1000, y: 12 },
        { x: 5000, y: 48 },
        { x: 10000, y: 97 },
      ],
      { title: 'Byggtid <s>', xLabel: 'Poster', yLabel: 'Sekunder' },
    );
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('>97</text>');
    expect(svg).toContain('Byggtid &lt;s&gt;');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});
