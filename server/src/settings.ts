/**
 * The `govreport.*` settings as the server reads them: per resource (workspace/configuration with the document's
 * URI as scope), never from globals, cached per URI and dropped on configuration change and on close.
 *
 * Keys (see package.json `contributes.configuration`):
 *   govreport.enable            boolean, default true
 *   govreport.rules.<rule-id>   off|hint|info|warning|error, default = the rule's defaultSeverity
 *   govreport.numberingStyle    auto|mainland|roc, default auto
 *   govreport.lintDelay         ms to wait after the last change before linting, default 300
 *   govreport.indicators        more ways of writing target indicators: name → synonyms, default {}
 * (`govreport.autoDetect` is read by the client only; `govreport.trace.server` by vscode-languageclient.)
 */
import { readIndicators, RULE_IDS, SEVERITIES, type LintConfig, type NumberingStyle, type RuleId, type Severity } from './core/index';

export const SECTION = 'govreport';
export const DEFAULT_LINT_DELAY = 300;
/** A longer delay is almost certainly a typo (seconds for milliseconds); cap it. */
export const MAX_LINT_DELAY = 10_000;
const NUMBERING_STYLES: readonly NumberingStyle[] = ['auto', 'mainland', 'roc'];

export interface Settings {
  enable: boolean;
  /** Only the rules the user configured; the engine applies each rule's default to the rest. */
  rules: Partial<Record<RuleId, Severity>>;
  numberingStyle: NumberingStyle;
  lintDelay: number;
  indicators: Record<string, string[]>;
}

export function defaultSettings(lintDelay = DEFAULT_LINT_DELAY): Settings {
  return { enable: true, rules: {}, numberingStyle: 'auto', lintDelay, indicators: {} };
}

/**
 * Reads a `govreport` configuration section defensively: anything malformed falls back to the default.
 * VS Code nests dotted keys (`rules: { 'heading-sequence': 'off' }`); flat `'rules.heading-sequence'` keys are
 * accepted too, for clients that send them so.
 */
export function parseSettings(raw: unknown, defaults: Settings): Settings {
  const settings: Settings = { ...defaults, rules: { ...defaults.rules } };
  if (!isObject(raw)) return settings;
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (typeof raw.numberingStyle === 'string' && (NUMBERING_STYLES as readonly string[]).includes(raw.numberingStyle)) {
    settings.numberingStyle = raw.numberingStyle as NumberingStyle;
  }
  const delay = raw.lintDelay;
  if (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0) settings.lintDelay = Math.min(Math.round(delay), MAX_LINT_DELAY);
  // Malformed entries are skipped, the rest kept: one typo must not switch off every added name.
  if (raw.indicators !== undefined) settings.indicators = readIndicators(raw.indicators).indicators;
  const nested = isObject(raw.rules) ? raw.rules : {};
  for (const id of RULE_IDS) {
    const value = nested[id] ?? raw[`rules.${id}`];
    if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) settings.rules[id] = value as Severity;
  }
  return settings;
}

/** The engine's view of the settings. */
export function lintConfig(settings: Settings): LintConfig {
  return { rules: settings.rules, numberingStyle: settings.numberingStyle, indicators: settings.indicators };
}

/** A non-negative lint delay from initializationOptions, if any. */
export function initialLintDelay(initializationOptions: unknown): number {
  if (isObject(initializationOptions)) {
    const delay = initializationOptions.lintDelay;
    if (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0) return Math.min(Math.round(delay), MAX_LINT_DELAY);
  }
  return DEFAULT_LINT_DELAY;
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
  ) {
    this.global = base;
  }

  get(uri: string): Promise<Settings> {
    if (!this.fetch) return Promise.resolve(this.global);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.fetch(uri).then(
        (raw) => parseSettings(raw, this.base),
        (error: unknown) => {
          this.log(`Could not read settings for ${uri}: ${String(error)}`);
          this.byUri.delete(uri);
          return this.global;
        },
      );
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** Configuration changed: forget everything; `pushed` is the section sent with the notification, if any. */
  reset(pushed?: unknown): void {
    this.byUri.clear();
    this.generation++;
    if (!this.fetch && pushed !== undefined) this.global = parseSettings(pushed, this.base);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
