// Checks electron-builder.yml (or the file given as the first argument) against electron-builder's schema
// without packaging anything, and exposes electron-builder's own `files` matching for the tests.
// Uses internal app-builder-lib paths, so electron-builder is pinned exactly in package.json.
const path = require('node:path');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { getFileMatchers } = require('app-builder-lib/out/fileMatcher');
const { DebugLogger } = require('builder-util');

const ROOT = path.resolve(__dirname, '..');
/** Stands for the section's destination folder (app dir or resources dir) in matchSection's `to` paths. */
const PACKAGE = path.resolve(ROOT, '<package>');

/** The configuration as electron-builder reads it (YAML parsed, `extends` resolved). */
const loadConfig = async (file = path.join(ROOT, 'electron-builder.yml')) =>
  getConfig(ROOT, path.resolve(file), null);

/** Throws electron-builder's own message when `config` breaks its schema. */
const validate = (config) => validateConfiguration(config, new DebugLogger(false));

/**
 * electron-builder's own matching of a copy section (`files`, `extraResources`…) against project paths.
 * @param {object} config from loadConfig()
 * @param {'files' | 'extraResources'} section
 * @param {string[]} relativePaths files relative to the project, with / separators
 * @returns {{ path: string, to: string }[]} the paths that section copies, and where they land (relative to the
 *   app folder for `files`, to the resources folder for `extraResources`)
 * For `files` this leaves out the exclusions electron-builder adds on top (node_modules, build resources, .git…),
 * so a test that passes with it is stricter than the real packager.
 */
const matchSection = (config, section, relativePaths) => {
  const matchers =
    getFileMatchers(config, section, PACKAGE, {
      macroExpander: (s) => s,
      customBuildOptions: {},
      globalOutDir: path.join(ROOT, config.directories?.output ?? 'dist'),
      defaultSrc: ROOT,
    }) ?? [];
  const file = { isDirectory: () => false, isFile: () => true };
  const matched = [];
  for (const matcher of matchers) {
    const filter = matcher.createFilter();
    for (const relative of relativePaths) {
      const absolute = path.join(ROOT, relative);
      if (!absolute.startsWith(matcher.from + path.sep) || !filter(absolute, file)) continue;
      const to = path.join(path.relative(PACKAGE, matcher.to), path.relative(matcher.from, absolute));
      matched.push({ path: relative, to: to.split(path.sep).join('/') });
    }
  }
  return matched;
};

module.exports = { ROOT, loadConfig, validate, matchSection };

if (require.main === module) {
  (async () => {
    const file = process.argv[2] ?? 'electron-builder.yml';
    await validate(await loadConfig(path.resolve(file)));
    console.log(
      `OK: ${file} is a valid electron-builder ${require('electron-builder/package.json').version} config`,
    );
  })().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
