/**
 * A real VS Code for the integration tests, offline: code-server 4.100.3 (VS Code 1.100.3's server, web workbench
 * and Node extension host) from npm, driven by Debian's Chromium through playwright-core.
 *
 *   ensureHost()        installs what it needs (apt packages, the ripgrep cache, npm ci of this folder's lockfile)
 *                       into a cache directory keyed by the lockfile, and returns that directory;
 *   startCodeServer()   starts code-server on 127.0.0.1 with a throw-away profile, HOME and extensions folder;
 *   launchBrowser()     starts headless Chromium with the same throw-away HOME;
 *   installVsix()       installs a .vsix into a fresh extensions folder, as a user would.
 *
 * Everything started here is stopped by `session.close()`, which kills code-server's whole process group.
 * See /work/shared/guides/real-vscode.md (the route) and README.md, "Real VS Code tests" (how to run it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, closeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOST_SOURCE = dirname(fileURLToPath(import.meta.url));
const LOCKFILE = join(HOST_SOURCE, 'package-lock.json');

/** What the pinned code-server needs; the ripgrep names below belong to exactly this version. */
const CODE_SERVER_VERSION = '4.100.3';
/** @vscode/ripgrep as pinned in code-server 4.100.3's lib/vscode/npm-shrinkwrap.json, and the asset it fetches. */
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';
const APT_PACKAGES = {
  '/usr/bin/chromium': 'chromium',
  '/usr/include/gssapi/gssapi.h': 'libkrb5-dev', // kerberos (a code-server dependency) builds from source
  '/usr/bin/rg': 'ripgrep', // seeds @vscode/ripgrep's download cache (below)
  // Without a CJK font Chromium draws every Chinese character as a box: the screenshot would show nothing.
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc': 'fonts-wqy-microhei',
  // test/e2e/node/libreoffice.test.mjs: LibreOffice Writer opens the commented copy of a .docx (soffice --convert-to),
  // poppler reads and renders the PDF it writes.
  '/usr/bin/soffice': 'libreoffice-writer-nogui',
  '/usr/bin/pdftoppm': 'poppler-utils',
};

/**
 * Installed without their recommended packages: LibreOffice's would add 10 (apparmor, python3-uno, the formula
 * editor, hunspell, poppler-data…), 5 MB more to download and 24 MB more installed, none of which the conversions use
 * (Debian 12: 51 packages, 86 MB download, 258 MB installed with LibreOffice Writer and poppler-utils alone).
 */
const WITHOUT_RECOMMENDS = new Set(['libreoffice-writer-nogui', 'poppler-utils']);

export const CHROMIUM_FLAGS = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  // The machine reaches nothing but the package registries: every background connection would be refused.
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const log = (message) => console.log(`[vscode-host] ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Installation
// ---------------------------------------------------------------------------------------------------------------

/** Debian packages: installed only when a file they provide is missing (apt-get needs root, as in CI). */
export function ensureAptPackages() {
  const missing = [...new Set(Object.entries(APT_PACKAGES).filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg))];
  if (missing.length === 0) return;
  // One apt-get install with recommended packages, one without (WITHOUT_RECOMMENDS), for what is missing.
  const installs = [
    missing.filter((pkg) => !WITHOUT_RECOMMENDS.has(pkg)),
    missing.filter((pkg) => WITHOUT_RECOMMENDS.has(pkg)),
  ].map((pkgs, bare) => (pkgs.length > 0 ? ['install', '-y', ...(bare ? ['--no-install-recommends'] : []), ...pkgs] : [])).filter((a) => a.length > 0);
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them: ${installs.map((a) => `sudo apt-get ${a.join(' ')}`).join(' && ')}`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt (a second test run installing the same packages) rather than fail on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  run('apt-get', [...lock, 'update', '-qq'], { env });
  for (const args of installs) run('apt-get', [...lock, ...args, '-qq'], { env });
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub, which this machine cannot reach. It first looks in
 * `<os.tmpdir()>/vscode-ripgrep-cache-<its version>/ripgrep-<asset version>-<target>.tar.gz` ("Using cached
 * download"), so we put Debian's rg there in the archive layout it expects (rg at the top level).
 */
function seedRipgrepCache(env) {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[arch()];
  if (!target) throw new Error(`No ripgrep seed for architecture ${arch()}`);
  const dir = join(env.TMPDIR || tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const file = join(dir, `ripgrep-${RIPGREP_ASSET_VERSION}-${target}.tar.gz`);
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'rg-seed-'));
  try {
    cpSync('/usr/bin/rg', join(staging, 'rg'));
    run('tar', ['czf', `${file}.tmp`, '-C', staging, 'rg']);
    renameSync(`${file}.tmp`, file);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function checkPins() {
  const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
  const pinned = lock.packages?.['node_modules/code-server']?.version;
  if (pinned !== CODE_SERVER_VERSION) {
    throw new Error(
      `test/vscode-host/package-lock.json pins code-server ${pinned}, but host.mjs seeds the ripgrep cache for ${CODE_SERVER_VERSION} ` +
      `(@vscode/ripgrep ${RIPGREP_PACKAGE_VERSION}). Read the new version's lib/vscode/npm-shrinkwrap.json and update ` +
      'CODE_SERVER_VERSION, RIPGREP_PACKAGE_VERSION and RIPGREP_ASSET_VERSION together.',
    );
  }
}

function verifyRipgrep(hostDir) {
  const pkg = join(hostDir, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/package.json');
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
  if (version !== RIPGREP_PACKAGE_VERSION) {
    throw new Error(`code-server installed @vscode/ripgrep ${version}, host.mjs expects ${RIPGREP_PACKAGE_VERSION}: update the pins.`);
  }
  if (!existsSync(join(dirname(pkg), 'bin', 'rg'))) throw new Error('@vscode/ripgrep has no bin/rg');
}

/** Where the installed host lives: outside the clone, keyed by the lockfile, Node's ABI and the architecture. */
export function hostCacheDir() {
  const key = createHash('sha256')
    .update(readFileSync(LOCKFILE))
    .update(readFileSync(join(HOST_SOURCE, 'package.json')))
    .update(`${process.version} ${process.arch}`)
    .digest('hex')
    .slice(0, 16);
  const root = process.env.GOVREPORT_VSCODE_HOST_CACHE
    || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'govreport-vscode-host');
  return join(root, key);
}

/**
 * Installs code-server and playwright-core (this folder's package.json and lockfile) once per lockfile, into
 * hostCacheDir(); later runs reuse it. The install happens in a sibling temp folder that is renamed into place
 * when complete, so an interrupted install is never mistaken for a finished one. Returns the host folder.
 */
export function ensureHost() {
  checkPins();
  ensureAptPackages();
  const hostDir = hostCacheDir();
  const marker = join(hostDir, '.complete');
  if (existsSync(marker)) {
    log(`code-server ${CODE_SERVER_VERSION} from cache ${hostDir}`);
    return hostDir;
  }
  const started = Date.now();
  const env = {
    ...process.env,
    // code-server's postinstall refuses to run as root without it ("Please pass --unsafe-perm"); npm 11 dropped
    // the option but still passes the environment variable on to the script.
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`; with npm's `yes` false (this machine's ~/.npmrc) npx cancels.
    npm_config_yes: 'true',
    // playwright-core downloads nothing; this only guards against a future change of that.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };
  seedRipgrepCache(env);
  mkdirSync(dirname(hostDir), { recursive: true });
  rmSync(hostDir, { recursive: true, force: true }); // an incomplete install (no marker)
  const staging = `${hostDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  cpSync(join(HOST_SOURCE, 'package.json'), join(staging, 'package.json'));
  cpSync(LOCKFILE, join(staging, 'package-lock.json'));
  log(`npm ci of code-server ${CODE_SERVER_VERSION} and playwright-core into ${staging} (about 80 s the first time)`);
  try {
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: staging, env });
    verifyRipgrep(staging);
    writeFileSync(join(staging, '.complete'), `${new Date().toISOString()}\n`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(staging, hostDir);
  } catch (error) {
    // Another run installed the same lockfile meanwhile (two test runs on one machine): use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(marker)) throw error;
    log(`another run installed ${hostDir} meanwhile; using it`);
  }
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return hostDir;
}

/** playwright-core from the host folder (not a dependency of the extension). */
export function loadPlaywright(hostDir) {
  return createRequire(join(hostDir, 'package.json'))('playwright-core');
}

// ---------------------------------------------------------------------------------------------------------------
// A session: throw-away profile, code-server, Chromium
// ---------------------------------------------------------------------------------------------------------------

/** Settings for a fresh profile; without startupEditor none the walkthrough takes focus and shortcuts do nothing. */
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // The built-in git extension would scan the workspace for nothing.
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Process groups of running code-servers and the folders of open sessions: killed and deleted when this process
 * exits, however it exits (process.exit from a signal handler included).
 */
const liveGroups = new Set();
const liveRoots = new Set();
process.on('exit', () => {
  for (const group of liveGroups) { try { process.kill(group, 'SIGKILL'); } catch { /* gone */ } }
  for (const root of liveRoots) { try { rmSync(root, { recursive: true, force: true }); } catch { /* best effort */ } }
});

/**
 * Creates the throw-away folders of one run: HOME and XDG dirs (code-server writes ~/.config/code-server and
 * ~/.local/share/code-server; Chromium and @vscode/deviceid write ~/.config and ~/.cache), the user data dir with
 * seeded settings, and an extensions folder.
 *
 * `locale` (default `en`, VS Code's own) sets the workbench's display language (`vscode.env.language`, the
 * `package.nls.<locale>.json` an extension's manifest is read through). VS Code takes a locale only when a language
 * pack for it is installed, and the packs come from the Marketplace, out of reach here; so for another locale the
 * session registers an empty pack itself: a translations file with no translations (VS Code's own texts stay
 * English) named in `<user data>/languagepacks.json`, the index VS Code keeps of installed packs, and code-server
 * is started with `locale:` in its config file.
 */
export function createSession({ hostDir, settings = {}, locale = 'en', keep = !!process.env.GOVREPORT_E2E_KEEP }) {
  const root = mkdtempSync(join(tmpdir(), 'govreport-vscode-'));
  if (!keep) liveRoots.add(root);
  const home = join(root, 'home');
  const dirs = {
    root,
    home,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    workspace: join(root, 'workspace'),
    log: join(root, 'code-server.log'),
  };
  for (const dir of [home, join(home, '.config'), join(home, '.local', 'share'), join(home, '.cache'), dirs.extensions, dirs.workspace]) {
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  writeFileSync(join(root, 'config.yaml'), `auth: none\n${locale === 'en' ? '' : `locale: ${locale}\n`}`);
  if (locale !== 'en') {
    const translations = join(root, 'language-pack', 'main.i18n.json');
    mkdirSync(dirname(translations), { recursive: true });
    writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
    const pack = {
      hash: `govreport-test-${locale}`,
      extensions: [{ extensionIdentifier: { id: `govreport-test.language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    };
    writeFileSync(join(dirs.userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
  }
  mkdirSync(join(root, 'tmp'));
  const isolatedEnv = {
    // code-server's IPC sockets, the extension host's and the language server's temp files stay in the run's folder.
    TMPDIR: join(root, 'tmp'),
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  /** @type {{ child?: import('node:child_process').ChildProcess, browser?: any }} */
  const state = {};
  const entry = join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

  const session = {
    dirs,
    env: isolatedEnv,
    port: 0,
    origin: '',

    /** `code-server --install-extension`: what a user does with a .vsix; the extension lands in dirs.extensions. */
    installVsix(vsix) {
      run(process.execPath, [entry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix], {
        env: { ...process.env, ...isolatedEnv },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    },

    /** Starts code-server; `env` reaches the extension host and, through it, the language server. */
    async start(env = {}) {
      session.port = await freePort();
      session.origin = `http://127.0.0.1:${session.port}`;
      const out = openSync(dirs.log, 'a');
      // detached: its own process group, so close() can kill the file watcher and extension hosts it forks.
      state.child = spawn(process.execPath, [
        entry,
        '--config', join(root, 'config.yaml'),
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${session.port}`,
        '--user-data-dir', dirs.userData,
        '--extensions-dir', dirs.extensions,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--ignore-last-opened',
      ], {
        detached: true,
        stdio: ['ignore', out, out],
        // No extension gallery (code-server's default is open-vsx.org, unreachable here): without a service URL the
        // workbench makes no gallery queries, so no stack traces of failed lookups in the test output.
        env: { EXTENSIONS_GALLERY: '{}', ...process.env, ...env, ...isolatedEnv },
      });
      closeSync(out);
      liveGroups.add(-state.child.pid);
      const exited = new Promise((resolve) => state.child.once('exit', (code, signal) => resolve(`code-server exited (${code ?? signal})`)));
      const deadline = Date.now() + 60_000;
      for (;;) {
        const failed = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
        if (failed) throw new Error(`${failed}\n${session.logTail()}`);
        try {
          const response = await fetch(`${session.origin}/healthz`);
          if (response.ok) return;
        } catch { /* not listening yet */ }
        if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s\n${session.logTail()}`);
      }
    },

    /** Headless Debian Chromium under the same throw-away HOME. */
    async launchBrowser(viewport = { width: 1280, height: 800 }) {
      const { chromium } = loadPlaywright(hostDir);
      state.browser = await chromium.launch({
        executablePath: process.env.GOVREPORT_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
        // Signals are ours to handle (withSession, the exit handler): Playwright's own handlers exit the process
        // before the session's folders are deleted.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        env: { ...process.env, ...isolatedEnv },
      });
      const context = await state.browser.newContext({ viewport });
      return context.newPage();
    },

    /** The workbench URL for `folder`, with the payload of VS Code's browser integration tests. */
    workbenchUrl(folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
      const remote = (path) => `vscode-remote://127.0.0.1:${session.port}${path}`;
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath.replace(/\.js$/, ''))]);
      payload.push(['skipWelcome', 'true']);
      return `${session.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },

    logTail(lines = 60) {
      try {
        const text = readFileSync(dirs.log, 'utf8').trimEnd().split('\n');
        return `--- last ${Math.min(lines, text.length)} lines of ${dirs.log}\n${text.slice(-lines).join('\n')}`;
      } catch {
        return '(no code-server log)';
      }
    },

    /** Stops Chromium, then code-server's whole process group (SIGTERM, SIGKILL after 5 s), then deletes the folders. */
    async close() {
      if (state.browser) {
        // (unref: a pending guard timer must not keep this process alive after everything closed)
        const within = (promise, ms) => Promise.race([promise.catch(() => {}), new Promise((r) => setTimeout(r, ms).unref())]);
        // Close the workbench pages first, skipping beforeunload: with a page still open after a test run,
        // browser.close() waited for something for 10 s and more.
        for (const context of state.browser.contexts()) {
          for (const page of context.pages()) await within(page.close({ runBeforeUnload: false }), 5_000);
        }
        await within(state.browser.close(), 10_000);
        state.browser = undefined;
      }
      const child = state.child;
      state.child = undefined;
      if (child?.pid) {
        const group = -child.pid;
        const alive = () => { try { process.kill(group, 0); return true; } catch { return false; } };
        try { process.kill(group, 'SIGTERM'); } catch { /* already gone */ }
        for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
        if (alive()) { try { process.kill(group, 'SIGKILL'); } catch { /* gone */ } }
        liveGroups.delete(group);
      }
      if (keep) log(`kept ${root}`);
      else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
      liveRoots.delete(root);
    },
  };
  return session;
}

/**
 * Runs `fn(session)` and always closes the session, also when this process is interrupted (SIGINT/SIGTERM),
 * so no code-server, file watcher or extension host outlives the run.
 */
export async function withSession(options, fn) {
  const session = createSession(options);
  let closing;
  const close = () => (closing ??= session.close());
  const onSignal = (signal) => {
    log(`${signal}: cleaning up`);
    close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn(session);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await close();
  }
}
