import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { App, Validations, type CfnResource } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

import { loadDeployment, type Deployment } from '../../infra/deployments/index.ts';
import { ACKNOWLEDGE_CONTEXT } from '../../infra/nag.ts';
import { REPO_ROOT } from '../../infra/paths.ts';
import { EruzStack, stackName, type EruzStackProps } from '../../infra/stack.ts';

/** The context of cdk.json (feature flags), so tests build what `cdk synth` builds. */
const CDK_CONTEXT: Record<string, unknown> = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8'),
).context;

/** Options of {@link buildStack}. */
export interface BuildOptions extends Partial<Omit<EruzStackProps, 'deployment'>> {
  /** Extra app context. */
  context?: Record<string, unknown>;
}

/**
 * Builds the stack of a deployment in a fresh app, fast: no esbuild bundling, no built-in
 * CloudFormation validation, output into a temporary folder.
 */
export function buildStack(
  deployment: Deployment | string,
  options: BuildOptions = {},
): { app: App; stack: EruzStack } {
  const { context, ...props } = options;
  const resolved = typeof deployment === 'string' ? loadDeployment(deployment) : deployment;
  const app = new App({
    outdir: mkdtempSync(path.join(tmpdir(), 'eruz-infra-')),
    builtinCloudFormationValidation: false,
    context: { ...CDK_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context },
  });
  const stack = new EruzStack(app, stackName(resolved), { deployment: resolved, ...props });

  return { app, stack };
}

/** One cdk-nag finding: the rule (with the finding in brackets) and where it is. */
export interface Finding {
  rule: string;
  path: string;
  severity: string;
}

/**
 * Runs both rule packs over a construct tree the way the validation plugins do (honouring
 * acknowledgements) and lists what they report.
 */
export function nagFindings(scope: IConstruct): Finding[] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    pack.validateScope(scope).violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => ({
        rule: violation.ruleName,
        path: resource.constructPath ?? '?',
        severity: violation.severity ?? '?',
      })),
    ),
  );
}

/** One acknowledgement recorded on the construct tree. */
export interface Acknowledgement {
  rule: string;
  path: string;
  reason: string;
}

/** Every acknowledgement made under a scope, with the construct it was made on. */
export function acknowledgements(scope: IConstruct): Acknowledgement[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          rule: id.replace(/^annotation::/i, ''),
          path: construct.node.path,
          reason,
        })),
      ),
  );
}

/** Builds with acknowledgements switched off, to see every raw finding. */
export const WITHOUT_ACKNOWLEDGEMENTS = { [ACKNOWLEDGE_CONTEXT]: false };

/** The CloudFormation resources under a scope. */
export function cfnResources(scope: IConstruct): CfnResource[] {
  return scope.node
    .findAll()
    .filter((construct): construct is CfnResource => 'cfnResourceType' in construct);
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/**
 * The API Gateway methods of a template by `METHOD /path`, following each resource's
 * parent chain to rebuild its full path.
 */
export function methodsByRoute(template: {
  Resources?: Resources;
}): Map<string, Record<string, unknown>> {
  const resources = template.Resources ?? {};
  const pathOf = (ref: unknown): string => {
    if (typeof ref === 'object' && ref !== null && 'Ref' in ref) {
      const resource = resources[String(ref.Ref)];
      const parent = pathOf(resource?.Properties?.ParentId);

      return `${parent === '/' ? '' : parent}/${String(resource?.Properties?.PathPart)}`;
    }

    return '/'; // Fn::GetAtt RootResourceId
  };
  const methods = new Map<string, Record<string, unknown>>();
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::ApiGateway::Method' || !resource.Properties) continue;
    const properties = resource.Properties;
    methods.set(`${String(properties.HttpMethod)} ${pathOf(properties.ResourceId)}`, properties);
  }

  return methods;
}
