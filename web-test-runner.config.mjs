// Runs every test in a real headless Chromium already on the machine (never a downloaded one).
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';

const executablePath = findChrome();

/**
 * Chromium in a given time zone, whatever the machine's. Dates are where a library like this goes
 * wrong for readers far from UTC: a date-only value must stay the same calendar day.
 */
const chromium = (timezoneId) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath,
      headless: true,
      args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
    },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }),
  });

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  middleware: testServerMiddleware,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  // Every test west of UTC (UTC−8/−7, with daylight saving time) ...
  browsers: [chromium('America/Los_Angeles')],
  // ... and the date-bearing ones again at UTC+14, the other end of the clock.
  groups: [
    {
      name: 'utc+14',
      files: [
        'test/{i18n,data,charts,time,ratings}/**/*.test.ts',
        'test/elements/{stat,complaint-trend,service-standard}/**/*.test.ts',
        // Moved with the controller from test/data: it still runs at the other end of the clock.
        'test/elements/shared/data-controller.test.ts',
      ],
      browsers: [chromium('Pacific/Kiritimati')],
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  // The summary reporter first: it drops the deliberate 404s before the default reporter prints them.
  reporters: [summaryReporter(), defaultReporter()],
};
