/**
 * Globs of the configuration file (`ignore`, the keys of `files`, a suppression's `file`), matched against a draft's
 * path relative to the configuration file's folder, with `/` between folders. As in a `.gitignore` (and
 * `.markdownlintignore`, `.prettierignore`), which is what users write them from:
 *   - `*` any characters but `/`; `?` one; `**` any folders (before a `/`, or at the end: `a/**`); `{a,b}` either;
 *     `[ab]` a class;
 *   - a pattern without a `/` matches a file or folder name at any depth (`*.md`, `旧稿`); one with a `/` is read
 *     from the configuration file's folder (a leading `/` or `./` only says so);
 *   - a folder matches everything in it (`旧稿/` and `旧稿` both ignore every draft under 旧稿).
 * A pattern is also matched literally, so a file name with `[` or `{` in it written out as is still matches.
 */

const cache = new Map<string, RegExp>();

/** Does `pattern` match `path` (relative, `/`-separated)? */
export function matchGlob(pattern: string, path: string): boolean {
  const normalized = normalizePath(path);
  const literal = normalizePath(pattern.replace(/\/+$/, ''));
  if (literal === normalized || normalized.startsWith(`${literal}/`)) return true;
  let regex = cache.get(pattern);
  if (!regex) {
    regex = globRegExp(pattern);
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(normalized);
}

/** `a\b` → `a/b`, without `./` or a leading `/`. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+|^\/+/, '').replace(/\/{2,}/g, '/');
}

/** The regular expression of a glob (see the module comment). */
export function globRegExp(pattern: string): RegExp {
  let glob = pattern.trim().replace(/\\/g, '/').replace(/\/+$/, '');
  const anchored = glob.startsWith('/') || glob.startsWith('./') || glob.includes('/');
  glob = glob.replace(/^(?:\.\/)+|^\/+/, '');
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (atStart && glob[i + 1] === '/') {
          source += '(?:[^/]*/)*'; // `**/`: any folders, none included
          i++;
        } else source += '.*';
      } else source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[.+^$()|\\{}]/g, '\\$&');
  }
  source += ')'.repeat(braces);
  // Unanchored: at any depth. Either way a folder matches what is in it.
  try {
    return new RegExp(`^${anchored ? '' : '(?:[^/]*/)*'}${source}(?:/.*)?$`, 'u');
  } catch {
    return /(?!)/; // a class the engine rejects ([z-a]): matched literally only
  }
}
