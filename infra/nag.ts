import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * Registers the cdk-nag rule packs (AWS Solutions and Serverless) as validation plugins of
 * the app: synthesis fails, and `cdk synth` exits non-zero, on any finding that is not
 * acknowledged.
 *
 * @param app the app whose stacks are checked
 */
export function applyNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
}

/**
 * Acknowledges one cdk-nag finding on a construct and everything below it.
 *
 * @param scope the narrowest construct the finding belongs to
 * @param id rule id, with the finding in brackets where a rule reports several, e.g.
 *   `AwsSolutions-IAM5[Resource::*]`
 * @param reason why the finding is acceptable here; shown in reports and docs/deploy.md
 */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}
