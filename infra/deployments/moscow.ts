import type { DeploymentInput } from './schema.ts';

/** Moscow and the Moscow region. */
export const moscow: DeploymentInput = {
  name: 'moscow',
  account: '111111111111',
  region: 'eu-central-1',
  subjects: ['77', '50'],
  languages: ['ru', 'en'],
  webOrigins: ['https://moscow.eruz.example'],
  email: { domain: 'moscow.eruz.example', sender: 'no-reply@moscow.eruz.example' },
  alarmEmail: 'ops-moscow@eruz.example',
  throttling: { rateLimit: 500, burstLimit: 1000 },
  waf: { rateLimitPerIp: 2000 },
  logRetentionDays: 365,
};
