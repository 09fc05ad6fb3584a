import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { seedDigest } from '../../infra/constructs/catalog-seed.ts';
import {
  DEFAULT_DEPLOYMENT,
  DEPLOYMENT_NAMES,
  DEPLOYMENTS,
  loadAllDeployments,
  loadDeployment,
  parseDeployment,
  type DeploymentInput,
} from '../../infra/deployments/index.ts';
import { REPO_ROOT } from '../../infra/paths.ts';

const moscow = DEPLOYMENTS.moscow!;

/** A copy of the Moscow deployment, renamed `test`, with some fields replaced. */
const variant = (changes: Partial<DeploymentInput>): DeploymentInput => ({
  ...moscow,
  name: 'test',
  ...changes,
});

describe('shipped deployments', () => {
  it('are moscow (the default) and volga, and all valid together', () => {
    expect(DEPLOYMENT_NAMES).toEqual(['moscow', 'volga']);
    expect(DEFAULT_DEPLOYMENT).toBe(DEPLOYMENT_NAMES[0]);
    expect(loadAllDeployments().map((deployment) => deployment.name)).toEqual(DEPLOYMENT_NAMES);
  });

  it('serve Moscow with its region, and Tatarstan and Bashkortostan in their languages', () => {
    expect(loadDeployment('moscow')).toMatchObject({ subjects: ['77', '50'] });
    expect(loadDeployment('volga')).toMatchObject({
      subjects: ['16', '02'],
      languages: expect.arrayContaining(['ru', 'tt', 'ba']),
    });
  });

  it('are what `cdk synth` picks by default', () => {
    const cdkJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8'));

    expect(cdkJson.app).toBe('npx tsx infra/app.ts');
    expect(cdkJson.context.deployment).toBe(DEFAULT_DEPLOYMENT);
  });
});

describe('a wrong deployment fails with the deployment and field named', () => {
  it.each([
    ['account', { account: '12345' }, /account: an AWS account id of 12 digits/],
    ['region', { region: 'moscow-1' }, /region: an AWS region such as eu-central-1/],
    ['subject code', { subjects: ['77', '99'] }, /subjects\.1: unknown federal subject code/],
    ['subject format', { subjects: ['7'] }, /subjects\.0: two-digit federal subject code/],
    ['no subjects', { subjects: [] }, /subjects: at least one federal subject/],
    ['no languages', { languages: [] }, /languages: at least one language/],
    ['no Russian', { languages: ['en'] }, /languages: must include ru/],
    ['unknown language', { languages: ['ru', 'de'] as never }, /languages\.1:/],
    ['sender', { email: { domain: 'a.example', sender: 'x@b.example' } }, /email\.sender:/],
    ['alarm e-mail', { alarmEmail: 'ops' }, /alarmEmail:/],
    ['throttling', { throttling: { rateLimit: 0, burstLimit: 10 } }, /throttling\.rateLimit:/],
    ['WAF limit', { waf: { rateLimitPerIp: 5 } }, /waf\.rateLimitPerIp:/],
    ['origin', { webOrigins: ['http://x.example'] }, /webOrigins\.0:/],
  ])('%s', (_field, changes, message) => {
    const parse = () => parseDeployment('test', variant(changes as Partial<DeploymentInput>));

    expect(parse).toThrow(/^Deployment "test" is invalid:/);
    expect(parse).toThrow(message);
  });

  it('reports unknown fields', () => {
    expect(() => parseDeployment('test', { ...variant({}), tariffs: [] })).toThrow(/tariffs/);
  });

  it('reports a name that differs from its key', () => {
    expect(() => parseDeployment('other', variant({}))).toThrow(/name: must equal/);
  });

  it('lists the known deployments for an unknown name', () => {
    expect(() => loadDeployment('siberia')).toThrow(
      'Unknown deployment "siberia"; known deployments: moscow, volga',
    );
  });

  it('refuses two deployments serving the same subject', () => {
    const overlapping = { moscow, test: variant({ account: '333333333333', subjects: ['50'] }) };

    expect(() => loadAllDeployments(overlapping)).toThrow(
      /Deployment "test" is invalid:\n {2}subjects: 50 is already served by deployment "moscow"/,
    );
  });
});

describe('catalog seed version', () => {
  it('changes exactly when a seed file changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eruz-seed-'));
    writeFileSync(path.join(dir, 'services.ts'), 'export const a = 1;');
    const before = seedDigest(dir);

    expect(seedDigest(dir)).toBe(before);
    writeFileSync(path.join(dir, 'services.ts'), 'export const a = 2;');
    expect(seedDigest(dir)).not.toBe(before);
  });
});
