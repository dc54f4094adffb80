#!/usr/bin/env node
// `npx partnership-data …`: the command is bundled, with its dependencies, in dist/cli.js.
import '../dist/cli.js';
