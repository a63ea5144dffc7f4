// Article ids: how a report article, a text file and a gold file are paired up. The rule is
// the scorer's: the file name without folder, without `.gold.json`, without its last extension.
import { basename } from 'node:path';

export function articleId(file: unknown): string {
  return basename(String(file)).replace(/\.gold\.json$/, '').replace(/\.[^.]+$/, '');
}
