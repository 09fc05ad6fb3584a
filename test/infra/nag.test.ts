import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';

import { DEPLOYMENT_NAMES } from '../../infra/deployments/index.ts';
import { applyNagChecks } from '../../infra/nag.ts';
import { acknowledgements, buildStack, nagFindings, WITHOUT_ACKNOWLEDGEMENTS } from './helpers.ts';

describe.each(DEPLOYMENT_NAMES)('cdk-nag on deployment %s', (name) => {
  it('reports nothing unacknowledged in the AwsSolutions and Serverless packs', () => {
    const { app } = buildStack(name);

    expect(nagFindings(app)).toEqual([]);
  });

  it('lets synthesis pass with the packs registered as validation plugins', () => {
    const { app } = buildStack(name);
    applyNagChecks(app);

    expect(() => app.synth()).not.toThrow();
  });

  it('acknowledges only findings that would otherwise be reported, each with a reason', () => {
    const raw = nagFindings(buildStack(name, { context: WITHOUT_ACKNOWLEDGEMENTS }).app);
    const acknowledged = acknowledgements(buildStack(name).app);

    expect(acknowledged.length).toBeGreaterThan(0);
    for (const ack of acknowledged) {
      const matched = raw.some(
        (finding) =>
          finding.rule === ack.rule &&
          (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`)),
      );
      expect(matched, `${ack.rule} on ${ack.path} matches no finding`).toBe(true);
      expect(ack.reason.length).toBeGreaterThan(20);
    }
    // Conversely every raw finding is covered: the acknowledged build reports none.
    expect(raw.length).toBeGreaterThan(0);
  });
});

describe('cdk-nag checks are not vacuous', () => {
  it('reports a bucket without access logs and TLS enforcement', () => {
    const { app, stack } = buildStack('moscow');
    new s3.Bucket(stack, 'CarelessBucket');

    const findings = nagFindings(app);

    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'AwsSolutions-S1',
          path: 'Eruz-moscow/CarelessBucket/Resource',
        }),
        expect.objectContaining({
          rule: 'AwsSolutions-S10',
          path: 'Eruz-moscow/CarelessBucket/Resource',
        }),
      ]),
    );
  });

  it('makes synthesis fail on an unacknowledged finding', () => {
    const { app, stack } = buildStack('moscow');
    new s3.Bucket(stack, 'CarelessBucket');
    applyNagChecks(app);

    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
  });

  it('reports the raw findings when acknowledgements are switched off', () => {
    const { app } = buildStack('moscow', { context: WITHOUT_ACKNOWLEDGEMENTS });

    expect(nagFindings(app).map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(['AwsSolutions-APIG4', 'AwsSolutions-COG4', 'Serverless-LambdaDLQ']),
    );
  });
});
