import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

/** What every browser test shares: Chromium, its flags, screenshots and the axe-core check. */

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const TIMEOUT = 120_000;

export const hasChromium = existsSync(CHROMIUM);
export const inCi = process.env.CI === 'true';
export const screenshots = join(projectRoot(), 'e2e', 'screenshots');

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Without Chromium the browser tests are skipped locally, with a warning, and fail in CI, where
 * they must run. Call once per test file, with the name of its describe block.
 */
export function requireChromium(suite: string, file: string): void {
  if (hasChromium) return;
  const reason = `Chromium is not installed at ${CHROMIUM}`;
  if (inCi) {
    describe(suite, () => {
      it('needs Chromium in CI', () => {
        throw new Error(`${reason}; CI must run the browser tests (apt-get install chromium)`);
      });
    });
  } else {
    console.warn(`${file} skipped: ${reason} (install it to run the browser tests)`);
  }
}

export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(screenshots, `${name}.png`), fullPage });

/** Runs axe-core in the page (injected over CDP, which the CSP does not block). */
export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const results = await axe.run();
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !serious.includes(v));
  console.log(
    `axe ${where}: ${serious.length} serious/critical, ${minor.length} minor/moderate${
      violations.length ? ` (${violations.map((v) => `${v.id}:${v.impact}`).join(', ')})` : ''
    }`,
  );
  expect(serious, `axe violations on ${where}`).toEqual([]);
}

export const heading = (page: Page, name: string | RegExp, level = 1) =>
  page.getByRole('heading', { level, name });

/** The element that has focus, described for assertions. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()}.${element.className}` : '';
  });

/**
 * Holds every request to the URL patterns until `release`, so a test can look at what the page
 * shows from its cache before the answers come. `release` lets the held requests through, waits
 * until each has been passed on, then removes the routes. Removing a route makes the browser side
 * pass on requests it still holds for it; a request that arrives in that moment may be passed on
 * there first, and our own `continue` then finds it "already handled": the request went on either
 * way, so only that error is ignored.
 */
export async function holdRequests(
  page: Page,
  patterns: readonly string[],
): Promise<{ release: () => Promise<void> }> {
  let open = () => {};
  const held = new Promise<void>((resolve) => {
    open = resolve;
  });
  const passing: Promise<void>[] = [];
  const hold = (route: Route) => {
    const passed = held.then(() =>
      route.continue().catch((error: unknown) => {
        if (!String(error).includes('Route is already handled')) throw error;
      }),
    );
    passing.push(passed);
    return passed;
  };
  for (const pattern of patterns) await page.route(pattern, hold);
  return {
    async release() {
      open();
      await Promise.allSettled(passing);
      for (const pattern of patterns) await page.unroute(pattern, hold);
    },
  };
}
