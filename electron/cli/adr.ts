#!/usr/bin/env node
import { describeError } from './cli-context';
import { buildProgram } from './program';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    console.error(describeError(error));
    process.exitCode = 1;
  });
