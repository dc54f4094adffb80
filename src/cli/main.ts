/// <reference types="node" />
import { nodeIo } from './node-io.js';
import { run } from './run.js';

// The bundle `dist/cli.js` starts here; `bin/partnership-data.js` imports it.
process.exitCode = await run(process.argv.slice(2), nodeIo());
