/**
 * How every browser test and tool starts Chromium: Debian's build (`/usr/bin/chromium`, or
 * `CHROME_PATH`), headless, with the network chatter this sandbox refuses switched off.
 */
import type { LaunchOptions } from 'playwright-core';

export function launchOptions(): LaunchOptions {
  return {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
