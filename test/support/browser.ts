// Headless Chromium for the browser tests: Debian's `chromium` package driven by playwright-core
// (no browser download). When /usr/bin/chromium is missing the tests fail with a message saying
// how to install it; they are skipped only when CLAIMS_SKIP_BROWSER=1 says so explicitly.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CLAIMS_CHROMIUM ?? '/usr/bin/chromium';

/** true when the browser tests were switched off on purpose */
export const SKIP_BROWSER = process.env.CLAIMS_SKIP_BROWSER === '1';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the HTML report's browser test needs it. ` +
        'Install it with `apt-get install -y chromium` (Debian/Ubuntu), point CLAIMS_CHROMIUM at another ' +
        'Chromium binary, or set CLAIMS_SKIP_BROWSER=1 to skip the browser tests on purpose.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
