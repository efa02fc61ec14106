/**
 * The `govreport.*` settings as the server reads them: per resource (workspace/configuration with the document's
 * URI as scope), never from globals, cached per URI and dropped on configuration change and on close.
 *
 * Keys (see package.json `contributes.configuration`):
 *   govreport.enable            boolean, default true
 *   govreport.rules.<rule-id>   off|hint|info|warning|error, default = the rule's defaultSeverity
 *   govreport.numberingStyle    auto|mainland|roc, default auto
 *   govreport.lintDelay         ms to wait after the last change before linting; null (the default) adapts it to
 *                               how long the document takes to lint (`autoLintDelay`)
 *   govreport.reportYear        the year the report plans, overriding the one read from the draft; null (default): read it
 *   govreport.anniversaries     local anniversaries for year-mismatch: event words → founding year
 *   govreport.indicators        more ways of writing target indicators: name → synonyms, default {}
 *   govreport.language          auto|zh-cn|en: the language of the findings (auto: the editor's, see resolveLanguage)
 * (`govreport.autoDetect` is read by the client only; `govreport.trace.server` by vscode-languageclient.)
 *
 * A client that never answers workspace/configuration must not stall the document: after
 * `CONFIGURATION_TIMEOUT_MS` the defaults apply (and a late answer still replaces them).
 */
import { configKey, mergeConfig, readLintConfig, type LintConfig, type NumberingStyle, type RuleId, type Severity } from './core/index';
import type { DraftConfig } from './configFile';
import type { LintSettings } from './lintCache';

export const SECTION = 'govreport';
/** A longer delay is almost certainly a typo (seconds for milliseconds); cap it. */
export const MAX_LINT_DELAY = 10_000;
/** How long the server waits for workspace/configuration before it uses the defaults. */
export const CONFIGURATION_TIMEOUT_MS = 3000;

/** `auto`: adapt to the document's lint time; a number: that many milliseconds. */
export type LintDelay = number | 'auto';

export interface Settings extends LintSettings {
  enable: boolean;
  /** Only the rules the user configured; the engine applies each rule's default to the rest. */
  rules: Partial<Record<RuleId, Severity>>;
  numberingStyle: NumberingStyle;
  lintDelay: LintDelay;
  indicators: Record<string, string[]>;
  /** `govreport.reportYear`: null reads the year from the draft. */
  reportYear: number | null;
  /** `govreport.anniversaries`: local event words → founding year. */
  anniversaries: Record<string, number>;
  /** `govreport.language` as set (`auto`, `zh-cn`, `en`); the server resolves it with the editor's locale. */
  language: string;
  /** What was wrong with `govreport.indicators` (shown to the user once), if anything. */
  problems: string[];
  /** The configuration file applied on top of the settings (`withConfigFile`), if any. */
  configFile?: string;
}

export function defaultSettings(lintDelay: LintDelay = 'auto'): Settings {
  return withConfig({ enable: true, rules: {}, numberingStyle: 'auto', lintDelay, indicators: {}, reportYear: null, anniversaries: {}, language: 'auto', problems: [] });
}

/** Fills in the engine's view of the settings and its key (computed once per settings read). */
function withConfig(settings: Omit<Settings, keyof LintSettings>): Settings {
  const config: LintConfig = { rules: settings.rules, numberingStyle: settings.numberingStyle, indicators: settings.indicators };
  if (settings.reportYear !== null) config.reportYear = settings.reportYear;
  if (Object.keys(settings.anniversaries).length > 0) config.anniversaries = settings.anniversaries;
  return { ...settings, config, configKey: configKey(config) };
}

/**
 * Reads a `govreport` configuration section defensively: anything malformed falls back to the default.
 * VS Code nests dotted keys (`rules: { 'heading-sequence': 'off' }`); flat `'rules.heading-sequence'` keys are
 * accepted too, for clients that send them so.
 */
export function parseSettings(raw: unknown, defaults: Settings): Settings {
  const settings: Omit<Settings, keyof LintSettings> = { ...defaults, rules: { ...defaults.rules }, problems: [] };
  if (isObject(raw)) {
    if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
    if ('lintDelay' in raw) settings.lintDelay = readLintDelay(raw.lintDelay) ?? defaults.lintDelay;
    if (typeof raw.language === 'string') settings.language = raw.language;
    // The core's reader, as the CLI's: malformed values are skipped and the rest kept (one typo must not switch off
    // every added name); only what is wrong with the indicators is shown, since VS Code validates the rest.
    const { config, problems } = readLintConfig(raw);
    if (config.numberingStyle) settings.numberingStyle = config.numberingStyle;
    Object.assign(settings.rules, config.rules);
    if (config.indicators) settings.indicators = config.indicators;
    if (config.reportYear !== undefined) settings.reportYear = config.reportYear;
    if (config.anniversaries) settings.anniversaries = config.anniversaries;
    settings.problems = problems.filter((p) => p.key === 'indicators' || p.key === 'anniversaries').map((p) => `govreport.${p.key}：${p.message}`);
  }
  return withConfig(settings);
}

/**
 * The settings of one draft with its configuration file on top (`.govreport.jsonc`, configFile.ts): the file's
 * values override the settings (which stay the user's defaults), its `ignore` switches the draft off. A malformed
 * file changes nothing. `trusted`: in a workspace the user has not trusted, the file's indicators are left out, as
 * `govreport.indicators` is (their names are compiled into every lint).
 */
export function withConfigFile(settings: Settings, draft: DraftConfig, trusted = true): Settings {
  if (!draft.loaded?.file) return settings;
  let fileConfig = draft.config;
  if (!trusted && fileConfig.indicators) {
    fileConfig = { ...fileConfig };
    delete fileConfig.indicators;
  }
  const config = mergeConfig(settings.config, fileConfig);
  return { ...settings, enable: settings.enable && !draft.ignored, config, configKey: configKey(config), configFile: draft.loaded.path };
}

/** null (the setting's default) means `auto`; a non-negative number is taken, capped; anything else is ignored. */
function readLintDelay(value: unknown): LintDelay | undefined {
  if (value === null || value === 'auto') return 'auto';
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.min(Math.round(value), MAX_LINT_DELAY);
  return undefined;
}

/** The engine's view of the settings. */
export function lintConfig(settings: Settings): LintConfig {
  return settings.config;
}

/** The lint delay from initializationOptions, if any (`auto` otherwise). */
export function initialLintDelay(initializationOptions: unknown): LintDelay {
  return (isObject(initializationOptions) && 'lintDelay' in initializationOptions ? readLintDelay(initializationOptions.lintDelay) : undefined) ?? 'auto';
}

/**
 * The shortest automatic delay. Short on purpose: the client cancels a pending pull at the next keystroke, so a
 * burst of typing costs one lint per pause, and a report lints in a few milliseconds; anything longer is only
 * waiting (squiggles 300 ms behind the keyboard were the complaint).
 */
export const MIN_AUTO_LINT_DELAY = 10;
/** The longest automatic delay (a 10 MB draft). */
export const MAX_AUTO_LINT_DELAY = 1500;

/**
 * The debounce for a document that took `lintMs` to lint last time: a report that lints in about 8 ms is linted
 * some 25 ms after the last keystroke; a huge one waits twice its lint time, so that typing is not interrupted by
 * lints whose results are stale at once (a 10 MB draft, 500 ms a lint, waits about a second).
 */
export function autoLintDelay(lintMs: number): number {
  return Math.round(Math.min(MAX_AUTO_LINT_DELAY, MIN_AUTO_LINT_DELAY + 2 * Math.max(0, lintMs)));
}

/** The delay for a document: the configured one, or the automatic one from its last lint time (or its length). */
export function lintDelayFor(settings: Settings, lastLintMs: number | undefined, length: number): number {
  if (settings.lintDelay !== 'auto') return settings.lintDelay;
  // Not linted yet: about 30 ms per MB, as measured by npm run bench.
  return autoLintDelay(lastLintMs ?? (length / 1_000_000) * 30);
}

/**
 * Per-URI cache of settings promises. `fetch` asks the client (workspace/configuration) when it can, otherwise
 * the cache answers with the global settings last pushed by didChangeConfiguration.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();
  /** Bumped on every configuration change: part of diagnostic result ids. */
  generation = 0;

  private global: Settings;

  constructor(
    private readonly fetch: ((uri: string) => Promise<unknown>) | undefined,
    /** Defaults for anything the client does not set (lintDelay from initializationOptions). */
    private readonly base: Settings,
    private readonly log: (message: string) => void,
    private readonly timeoutMs = CONFIGURATION_TIMEOUT_MS,
  ) {
    this.global = base;
  }

  get(uri: string): Promise<Settings> {
    if (!this.fetch) return Promise.resolve(this.global);
    let settings = this.byUri.get(uri);
    if (!settings) {
      const generation = this.generation;
      const answer = this.fetch(uri).then(
        (raw) => parseSettings(raw, this.base),
        (error: unknown) => {
          this.log(`Could not read settings for ${uri}: ${String(error)}`);
          this.byUri.delete(uri);
          return this.global;
        },
      );
      settings = new Promise<Settings>((resolve) => {
        const timer = setTimeout(() => {
          this.log(`No answer to workspace/configuration for ${uri} within ${this.timeoutMs} ms: using the defaults.`);
          resolve(this.global);
          // A late answer replaces the defaults, unless the configuration changed meanwhile.
          void answer.then((late) => {
            if (this.generation === generation && this.byUri.get(uri) === settings) this.byUri.set(uri, Promise.resolve(late));
          });
        }, this.timeoutMs);
        void answer.then((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /**
   * Configuration changed: forget everything; `pushed` is the section sent with the notification, if any. Returns
   * whether any document was linted with settings that may now be stale: the client's first notification, sent
   * at start before anything was read, changes nothing, and must not make the client pull every document again.
   */
  reset(pushed?: unknown): boolean {
    const stale = this.byUri.size > 0 || (!this.fetch && pushed !== undefined);
    this.byUri.clear();
    this.generation++;
    if (!this.fetch && pushed !== undefined) this.global = parseSettings(pushed, this.base);
    return stale;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
