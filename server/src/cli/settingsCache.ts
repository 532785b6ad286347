// Settings for many files, looked up once per folder (issue 16): a fleet of 10,000 configs in a few
// folders walked up to the root for `.cisco-license-lint.json` and read it once per file. The
// answers are settingsFor()'s: the nearest settings file at or above the file's folder, or the defaults.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultSettings, LoadedSettings, readSettingsFile, SETTINGS_FILE } from '../settings';

export class SettingsCache {
  /** Folder -> the settings that apply to its files. */
  private readonly byFolder = new Map<string, LoadedSettings>();
  /** Folder -> the nearest settings file at or above it (undefined: none). */
  private readonly nearestByFolder = new Map<string, string | undefined>();
  /** Settings file -> what it holds (each read once). */
  private readonly byFile = new Map<string, LoadedSettings>();
  private defaults: LoadedSettings | undefined;

  /** The settings for a file (or a name standing for one, as --stdin-filename's). */
  for(filePath: string): LoadedSettings {
    const folder = dirname(resolve(filePath));
    let loaded = this.byFolder.get(folder);
    if (loaded === undefined) {
      const file = this.nearest(folder);
      if (file === undefined) loaded = this.defaults ??= { settings: defaultSettings(), problems: [] };
      else {
        loaded = this.byFile.get(file);
        if (loaded === undefined) {
          loaded = readSettingsFile(file);
          this.byFile.set(file, loaded);
        }
      }
      this.byFolder.set(folder, loaded);
    }
    return loaded;
  }

  private nearest(folder: string): string | undefined {
    if (this.nearestByFolder.has(folder)) return this.nearestByFolder.get(folder);
    const candidate = join(folder, SETTINGS_FILE);
    let found: string | undefined;
    if (existsSync(candidate)) found = candidate;
    else {
      const parent = dirname(folder);
      found = parent === folder ? undefined : this.nearest(parent);
    }
    this.nearestByFolder.set(folder, found);
    return found;
  }
}
