import { Stack, Validations, type App, type CfnElement } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * Context key that, set to `false`, turns {@link acknowledge} into a no-op. Tests use it to
 * prove that every acknowledgement matches a finding that would otherwise be reported.
 */
export const ACKNOWLEDGE_CONTEXT = 'eruz:nag:acknowledge';

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
  if (scope.node.tryGetContext(ACKNOWLEDGE_CONTEXT) === false) return;
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * Logical id of a construct's CloudFormation resource, as cdk-nag prints it inside
 * findings such as `Resource::<DocumentsBucket1A2B3C4D.Arn>/*`.
 *
 * @param construct an L2 construct whose default child is a CloudFormation resource
 */
export function logicalIdOf(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}
