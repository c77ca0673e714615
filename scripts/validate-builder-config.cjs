// Checks electron-builder.yml (or the file given as the first argument) against electron-builder's schema
// without packaging anything. Uses an internal app-builder-lib path, so electron-builder is pinned exactly.
const path = require('node:path');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');
(async () => {
  const file = process.argv[2] ?? 'electron-builder.yml';
  const config = await getConfig(process.cwd(), path.resolve(file), null);
  await validateConfiguration(config, new DebugLogger(false));
  console.log(
    `OK: ${file} is a valid electron-builder ${require('electron-builder/package.json').version} config`,
  );
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
