import type { DeploymentInput } from './schema.ts';

/** Tatarstan and Bashkortostan, with their state languages. */
export const volga: DeploymentInput = {
  name: 'volga',
  account: '222222222222',
  region: 'eu-north-1',
  subjects: ['16', '02'],
  languages: ['ru', 'en', 'tt', 'ba'],
  webOrigins: ['https://volga.eruz.example'],
  email: { domain: 'volga.eruz.example', sender: 'no-reply@volga.eruz.example' },
  alarmEmail: 'ops-volga@eruz.example',
  throttling: { rateLimit: 200, burstLimit: 400 },
  waf: { rateLimitPerIp: 1000 },
  logRetentionDays: 365,
};
