// For test/hydration-table.manual.ts: the test config, with time for its many pages.
import config from '../web-test-runner.config.mjs';

export default {...config, files: ['test/hydration-table.manual.ts'], testsFinishTimeout: 900_000};
