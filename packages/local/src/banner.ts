import type { LocalRuntime } from './runtime.ts';

/** Prints where everything is, with a few requests to try. */
export function printBanner(runtime: LocalRuntime) {
  const row = (label: string, value: string) => `  ${label.padEnd(16)}${value}`;
  const lines = [
    '',
    `ЕРУЗ local runtime is up in ${(runtime.startupMs / 1000).toFixed(1)} s`,
    row('API', runtime.url),
    row('API reference', runtime.docsUrl),
    row('OpenAPI', `${runtime.url}/openapi.json`),
    row('Mail (SES)', runtime.mailUrl),
    row('SMS and push', runtime.messagesUrl),
    row('Data', `${runtime.dataDir} (delete it to start over)`),
    row('User pool', `${runtime.userPoolId}, app client ${runtime.userPoolClientId}`),
    row(
      'Stand-ins',
      Object.entries(runtime.endpoints)
        .map(([name, url]) => `${name} ${url}`)
        .join(', '),
    ),
    '',
    'Try:',
    `  curl ${runtime.url}/v1/regions`,
    `  curl -G ${runtime.url}/v1/services --data-urlencode 'q=загранпаспорт' -d region=77`,
    `  curl -H 'Accept-Language: en' ${runtime.url}/v1/categories`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}
