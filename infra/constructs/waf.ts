import { ArnFormat, Stack } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

import type { Deployment } from '../deployments/schema.ts';

/** AWS managed rule groups the web ACL applies, in order of evaluation. */
export const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/** Properties of {@link Waf}. */
export interface WafProps {
  /** The deployment whose API is protected. */
  readonly deployment: Deployment;
  /** ARN of the API Gateway stage to protect. */
  readonly stageArn: string;
  /** Encrypts the WAF log group. */
  readonly logsKey: kms.IKey;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

/**
 * AWS WAF in front of the API stage: the AWS managed IP reputation, common and known bad
 * inputs rule groups, and a per-IP rate limit over five minutes. Requests are logged to
 * CloudWatch with the Authorization header redacted.
 */
export class Waf extends Construct {
  /** The web ACL. */
  readonly webAcl: wafv2.CfnWebACL;
  /** Name of the web ACL's metrics (dimension `WebACL` in AWS/WAFV2). */
  readonly metricName: string;

  constructor(scope: Construct, id: string, props: WafProps) {
    super(scope, id);
    const { deployment } = props;
    this.metricName = `eruz-${deployment.name}-api`;

    const managedRules = MANAGED_RULE_GROUPS.map(
      (name, priority): wafv2.CfnWebACL.RuleProperty => ({
        name: `AWS-${name}`,
        priority,
        overrideAction: { none: {} },
        statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
        visibilityConfig: visibility(`${this.metricName}-${name}`),
      }),
    );
    const rateLimit: wafv2.CfnWebACL.RuleProperty = {
      name: 'RateLimitPerIp',
      priority: managedRules.length,
      action: { block: {} },
      statement: {
        rateBasedStatement: {
          limit: deployment.waf.rateLimitPerIp,
          aggregateKeyType: 'IP',
          evaluationWindowSec: 300,
        },
      },
      visibilityConfig: visibility(`${this.metricName}-rate-limit`),
    };

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: this.metricName,
      description: `ERUZ ${deployment.name}: protects the public API`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(this.metricName),
      rules: [...managedRules, rateLimit],
    });
    new wafv2.CfnWebACLAssociation(this, 'ApiStageAssociation', {
      resourceArn: props.stageArn,
      webAclArn: this.webAcl.attrArn,
    });

    // WAF requires the log group name to start with aws-waf-logs-.
    const logGroupName = `aws-waf-logs-eruz-${deployment.name}`;
    const logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName,
      retention: deployment.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logsKey,
    });
    const logging = new wafv2.CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group ARN without the trailing `:*` of its Arn attribute.
      logDestinationConfigs: [
        Stack.of(this).formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }],
    });
    logging.node.addDependency(logGroup);
  }
}
