#!/usr/bin/env node
// `npx bone-marrow-guide`: the render command (server/cli.ts), run once Lit's server renderer is
// known to be installed; without it, one line says what to install.
import {missingServerRenderer} from './server-peer.js';

try {
  await import('./server/cli.js');
} catch (error) {
  const shown = missingServerRenderer(error);
  if (shown === error) throw error;
  console.error((shown as Error).message);
  process.exitCode = 1;
}
