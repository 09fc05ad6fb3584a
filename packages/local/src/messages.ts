import { existsSync, readFileSync } from 'node:fs';

/**
 * The SMS and push messages the notification port keeps locally instead of sending them:
 * one JSON object per line in the file named by LOCAL_MESSAGES_FILE. Lines that are not
 * JSON objects are skipped.
 */
export function readLocalMessages(file: string): Record<string, unknown>[] {
  if (!existsSync(file)) return [];

  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        const message: unknown = JSON.parse(line);

        return message && typeof message === 'object' && !Array.isArray(message)
          ? [message as Record<string, unknown>]
          : [];
      } catch {
        return [];
      }
    });
}
