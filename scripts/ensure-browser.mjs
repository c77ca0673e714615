// Runs before `npm test`: makes sure a Chromium for the Playwright end-to-end tests is available.
// Order: $CHROMIUM_PATH, Debian/Ubuntu's /usr/bin/chromium, Playwright's own download. Installs what is missing
// where it can (apt-get as root, else `npx playwright install chromium`), and says exactly what to do where not.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
const found = () => candidates.find((p) => existsSync(p));

function playwrightHasBrowser() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const {chromium}=require('@playwright/test');process.stdout.write(chromium.executablePath())"],
    { encoding: 'utf8' },
  );
  return probe.status === 0 && probe.stdout && existsSync(probe.stdout.trim());
}

function run(cmd, args) {
  console.log(`ensure-browser: ${cmd} ${args.join(' ')}`);
  // npx is a .cmd script on Windows, which Node only starts through a shell (the real-OS CI runs this there).
  return spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
}

if (found() || playwrightHasBrowser()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (isRoot && hasApt) {
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && found()) process.exit(0);
}
if (run('npx', ['--no', 'playwright', 'install', 'chromium']) && playwrightHasBrowser()) process.exit(0);

console.error(`
The end-to-end tests need Chromium, and none could be found or installed.
  - Debian/Ubuntu:  sudo apt-get install -y chromium        (then run the tests again)
  - Anywhere with internet:  npx playwright install chromium
  - Or point CHROMIUM_PATH at an existing Chromium or Chrome binary.
`);
process.exit(1);
