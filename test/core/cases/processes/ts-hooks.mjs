// Lets a plain `node --experimental-transform-types` child process import the core's TypeScript
// source as the bundler sees it: extensionless relative imports (./intake → ./intake.ts,
// ../clocks → ../clocks/index.ts) and JSON modules without an import attribute.
import fs from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

function isFile(p) {
  return fs.existsSync(p) && fs.statSync(p).isFile();
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!relative || !context.parentURL?.endsWith('.ts')) return nextResolve(specifier, context);
    const target = fileURLToPath(new URL(specifier, context.parentURL));
    if (target.endsWith('.json')) {
      const resolved = nextResolve(specifier, { ...context, importAttributes: { type: 'json' } });
      return { ...resolved, importAttributes: { type: 'json' } };
    }
    if (isFile(target)) return nextResolve(specifier, context);
    for (const candidate of [`${target}.ts`, `${target}/index.ts`]) {
      if (isFile(candidate)) return nextResolve(pathToFileURL(candidate).href, context);
    }
    return nextResolve(specifier, context);
  },
});
