/**
 * The members (methods and enum properties) each Apps Script class really has, read from the
 * @types/google-apps-script declarations the project compiles against. The SpreadsheetApp stand-in uses
 * it to refuse a method the class does not have with Apps Script's own TypeError, and to tell it apart
 * from a real method the stand-in does not model yet.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const typesDir = dirname(require.resolve('@types/google-apps-script/package.json'));

const cache = new Map<string, Map<string, Set<string>>>();

/** interface name → member names, for one declaration file (e.g. 'spreadsheet', 'lock'). */
function membersOf(file: string): Map<string, Set<string>> {
  const known = cache.get(file);
  if (known) return known;
  const text = readFileSync(join(typesDir, `google-apps-script.${file}.d.ts`), 'utf8');
  const found = new Map<string, Set<string>>();
  const header = /^( *)interface (\w+)(?: extends [\w., ]+)? \{$/gm;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const indent = match[1];
    const end = text.indexOf(`\n${indent}}`, match.index);
    const body = text.slice(match.index + match[0].length, end);
    const names = new Set<string>();
    for (const line of body.split('\n')) {
      const member = /^\s+(\w+)\??\s*[(:<]/.exec(line);
      if (member && line.startsWith(`${indent}    `) && !line.startsWith(`${indent}     `)) names.add(member[1]);
    }
    found.set(match[2], names);
  }
  cache.set(file, found);
  return found;
}

/** The member names of an Apps Script class, e.g. appsScriptMembers('spreadsheet', 'Range'). */
export function appsScriptMembers(file: string, className: string): ReadonlySet<string> {
  const members = membersOf(file).get(className);
  if (!members) throw new Error(`@types/google-apps-script has no ${className} in ${file}.`);
  return members;
}
