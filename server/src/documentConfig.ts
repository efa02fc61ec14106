/**
 * Each draft's configuration file, for the language server: the settings of a `file:` document with the nearest
 * `.govreport.jsonc` on top (settings.ts `withConfigFile`); documents of other schemes (untitled, virtual workspaces)
 * use the settings alone. Files are read once per folder (configFile.ts `ConfigFiles`) and read again after the
 * client reports a change to any of them (workspace/didChangeWatchedFiles, for `CONFIG_WATCH_PATTERN`, which the
 * server registers). A malformed file is named once in a warning and the draft goes on with the settings.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME, ConfigFiles, type DraftConfig, type LoadedConfig } from './configFile';
import { formatMessage, UI_TEXT, type Language } from './core/index';
import { withConfigFile, type Settings } from './settings';
import type { SilenceTarget } from './silence';

/** The glob the server asks the client to watch. */
export const CONFIG_WATCH_PATTERN = `**/${CONFIG_FILE_NAME}`;

/** What the client can do with the silencing edits (silence.ts). */
export interface EditCapabilities {
  documentChanges: boolean;
  canCreate: boolean;
  saveCommand: boolean;
}

export class DocumentConfigs {
  /** Per URI: the settings it was computed from, the files' generation, the result. */
  private readonly resolved = new Map<string, { base: Settings; generation: number; settings: Settings; draft: DraftConfig }>();
  /** Per configuration file: the warning last shown for it (shown again only when it changes). */
  private readonly warned = new Map<string, string>();
  /** Workspace folders on disk: where a new configuration file goes. */
  folders: string[] = [];
  /** False in a workspace the user has not trusted: the files' indicators are left out. */
  trusted = true;
  /** The language of the warnings, from the settings of the draft that read the file (server: `languageOf`). */
  language: (settings: Settings) => Language = () => 'zh';

  constructor(
    private readonly warn: (message: string) => void,
    private readonly log: (message: string) => void,
    readonly files = new ConfigFiles(),
  ) {}

  /** The settings of the document at `uri`, with its configuration file applied. */
  apply(uri: string, base: Settings): Settings {
    const path = filePath(uri);
    if (path === undefined) return base;
    const cached = this.resolved.get(uri);
    if (cached && cached.base === base && cached.generation === this.files.generation) return cached.settings;
    let draft: DraftConfig;
    try {
      draft = this.files.forDraft(path);
    } catch (error) {
      this.log(`Could not look for ${CONFIG_FILE_NAME} for ${uri}: ${String(error)}`);
      draft = { config: {}, ignored: false };
    }
    this.report(draft.loaded, this.language(base));
    const settings = withConfigFile(base, draft, this.trusted);
    this.resolved.set(uri, { base, generation: this.files.generation, settings, draft });
    return settings;
  }

  /**
   * A change reported by the client's file watcher: true (and everything read again) when a configuration file is
   * among the changed files.
   */
  changed(uris: readonly string[]): boolean {
    if (!uris.some((uri) => uri.endsWith(`/${CONFIG_FILE_NAME}`))) return false;
    this.files.reset();
    this.resolved.clear();
    return true;
  }

  delete(uri: string): void {
    this.resolved.delete(uri);
  }

  /** Where 忽略此处 and 本文件关闭此规则 write for the draft at `uri` (undefined: not a draft on disk, or a broken file). */
  silenceTarget(uri: string, capabilities: EditCapabilities): SilenceTarget | undefined {
    const draftPath = filePath(uri);
    if (draftPath === undefined) return undefined;
    const loaded = this.files.forDraft(draftPath).loaded;
    let config: SilenceTarget['config'];
    if (loaded) {
      // Written as it is on disk now; a broken file is not written into.
      if (!loaded.file) return undefined;
      try {
        config = { path: loaded.path, text: readFileSync(loaded.path, 'utf8') };
      } catch {
        return undefined;
      }
    }
    const folder = this.folders.filter((f) => isInside(f, draftPath)).sort((a, b) => b.length - a.length)[0];
    return { draftPath, config, newConfigDir: folder ?? dirname(draftPath), ...capabilities };
  }

  /** Tells the user once what is wrong with a configuration file (again when that changes). */
  private report(loaded: LoadedConfig | undefined, language: Language): void {
    if (!loaded) return;
    let message: string | undefined;
    const texts = UI_TEXT[language];
    if (loaded.error !== undefined) message = formatMessage(texts.configInvalid, { path: loaded.path, error: loaded.error });
    else if (loaded.problems.length > 0) message = formatMessage(texts.configProblems, { path: loaded.path, problems: loaded.problems.join('；') });
    if (message === undefined) {
      this.warned.delete(loaded.path);
      return;
    }
    if (this.warned.get(loaded.path) === message) return;
    this.warned.set(loaded.path, message);
    this.log(message);
    this.warn(message);
  }
}

/** The path of a `file:` URI; undefined for any other scheme or a URI that is not a path. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
