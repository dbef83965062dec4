// The HTML report rendered in headless Chromium at desktop and phone widths, scripts on and off:
// screenshots for people to look at, and measurements for the test to check.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, CHROMIUM, firstPixelRow, hasChromium, pngSize } from './support/chromium.js';
import { serveFault, type ServedFault } from './support/serveFault.js';

if (!hasChromium) console.warn(`tests/reports/htmlBrowser.test.ts: skipped: no browser at ${CHROMIUM} (apt-get install -y chromium)`);

const SIZES = { desktop: [1280, 900], phone: [390, 844] } as const;

// Appended to a copy of the report: the browser measures the page's own layout and paints the figures
// as colours into the top-left pixels of the screenshot (a value v as rgb(v >> 8, v & 255, 0)), so the
// test reads them at exactly the window size it asked for.
const FIGURES = ['pageWidth', 'viewport', 'matrixScrollWidth', 'matrixClientWidth', 'buttonShown'] as const;
const PROBE = `<script>
const pixels = [0, 1, 2, 3, 4].map(function (i) {
  const pixel = document.createElement('div');
  pixel.style.cssText = 'position:fixed;top:0;width:4px;height:4px;z-index:9;left:' + i * 4 + 'px';
  document.body.append(pixel);
  return pixel;
});
// Measured again on every resize: the headless window may get its final size after the page loads.
function measure() {
  const matrix = document.querySelector('#matrix').parentElement;
  const figures = [document.documentElement.scrollWidth, document.documentElement.clientWidth, matrix.scrollWidth, matrix.clientWidth,
    document.querySelector('[data-toggle]').hidden ? 0 : 1];
  figures.forEach(function (value, i) { pixels[i].style.background = 'rgb(' + (value >> 8) + ',' + (value & 255) + ',0)'; });
}
measure();
window.addEventListener('resize', measure);
</script></body>`;

let target: ServedFault;
let report: string;
const variants: Record<'on' | 'off' | 'probe', string> = { on: '', off: '', probe: '' };

beforeAll(async () => {
  if (!hasChromium) return;
  target = await serveFault('url_uses_identity');
  report = path.join(target.dir, 'report.html');
  const run = await target.cli(['run', '--config', target.config, '--runs', '5', '--seed', '11', '-q', '--report-html', report]);
  expect(run.code).toBe(1);
  const html = await readFile(report, 'utf8');
  variants.on = report;
  // Scripts off, enforced by the browser: the page's own policy, with scripts forbidden.
  variants.off = path.join(target.dir, 'report-no-scripts.html');
  await writeFile(variants.off, html.replace("script-src 'unsafe-inline'", "script-src 'none'"));
  variants.probe = path.join(target.dir, 'report-probe.html');
  await writeFile(variants.probe, html.replace('</body>', PROBE));
}, 180_000);

afterAll(() => target?.close());

async function probe(width: number, height: number): Promise<Record<(typeof FIGURES)[number], number>> {
  const file = path.join(target.dir, `probe-${width}.png`);
  await chromium(variants.probe, width, height, [`--screenshot=${file}`]);
  const row = firstPixelRow(await readFile(file));
  return Object.fromEntries(FIGURES.map((name, i) => [name, row[i * 4 + 1]![0] * 256 + row[i * 4 + 1]![1]])) as Record<(typeof FIGURES)[number], number>;
}

describe.skipIf(!hasChromium)(`the HTML report in ${CHROMIUM}`, () => {
  for (const [name, [width, height]] of Object.entries(SIZES)) {
    for (const scripts of ['on', 'off'] as const) {
      it(`renders a ${width}×${height} screenshot (${name}, scripts ${scripts})`, async () => {
        const file = path.join(target.dir, `report-${name}-scripts-${scripts}.png`);
        await chromium(variants[scripts], width, height, [`--screenshot=${file}`]);
        expect(pngSize(await readFile(file))).toEqual({ width, height });
        console.log(`screenshot: ${file}`);
      }, 200_000);
    }
  }

  it('fits a phone: the page does not scroll sideways, the matrix does', async () => {
    const phone = await probe(...SIZES.phone);
    expect(phone.viewport).toBeGreaterThan(350); // 390, less a scrollbar
    expect(phone.viewport).toBeLessThanOrEqual(390);
    expect(phone.pageWidth).toBe(phone.viewport);
    expect(phone.matrixScrollWidth).toBeGreaterThan(phone.matrixClientWidth);
  }, 200_000);

  it('fits a laptop (no sideways scrolling), and the optional button shows when scripts run', async () => {
    const desktop = await probe(...SIZES.desktop);
    expect(desktop.pageWidth).toBe(desktop.viewport);
    expect(desktop.viewport).toBeGreaterThan(1240); // 1280, less a scrollbar
    expect(desktop.viewport).toBeLessThanOrEqual(1280);
    expect(desktop.buttonShown).toBe(1);
  }, 200_000);

  it('keeps the whole matrix with scripts off (the optional button stays hidden)', async () => {
    const dom = await chromium(variants.off, ...SIZES.phone, ['--dump-dom']);
    expect(dom).toMatch(/<button type="button" data-toggle="" hidden="">/u);
    expect(dom.match(/<td class="failed"/gu)?.length).toBeGreaterThan(0);
    const on = await chromium(variants.on, ...SIZES.phone, ['--dump-dom']);
    expect(on).toMatch(/<button type="button" data-toggle="">/u);
  }, 200_000);
});
