import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

import { TOPICS, type TopicDefinition } from '@eruz/data';

import { pascalCase } from '../names.ts';
import type { Store, StoreAccess } from './stores.ts';

/** Properties of {@link Notifications}. */
export interface NotificationsProps {
  /** Encrypts the topics. */
  readonly key: kms.IKey;
  /** Domain the deployment sends e-mail from; verified in SES by DNS (DKIM). */
  readonly emailDomain: string;
  /**
   * The topics to create.
   *
   * @default TOPICS from `@eruz/data`
   */
  readonly topics?: readonly TopicDefinition[];
}

/**
 * Outbound notifications: SNS topics (KMS-encrypted, TLS only, traced) and the SES sender
 * identity with its configuration set (TLS required, reputation metrics, bounces and
 * complaints suppressed).
 */
export class Notifications extends Construct {
  /** Topics by definition name. */
  readonly topics: ReadonlyMap<string, sns.Topic>;
  /** Topics as stores functions may be granted (publishing only). */
  readonly stores: readonly Store[];
  /** The sender domain identity. */
  readonly emailIdentity: ses.EmailIdentity;
  /** Configuration set every message is sent through. */
  readonly configurationSet: ses.ConfigurationSet;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    const topics = new Map<string, sns.Topic>();
    const stores: Store[] = [];

    for (const definition of props.topics ?? TOPICS) {
      const topic = new sns.Topic(this, `${pascalCase(definition.name)}Topic`, {
        masterKey: props.key,
        enforceSSL: true,
        tracingConfig: sns.TracingConfig.ACTIVE,
      });
      topics.set(definition.name, topic);
      stores.push(topicStore(definition, topic, props.key));
    }

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.emailIdentity = new ses.EmailIdentity(this, 'SenderDomain', {
      identity: ses.Identity.domain(props.emailDomain),
      configurationSet: this.configurationSet,
    });

    this.topics = topics;
    this.stores = stores;
  }
}

function topicStore(definition: TopicDefinition, topic: sns.Topic, key: kms.IKey): Store {
  return {
    name: definition.name,
    envVar: definition.envVar,
    envValue: topic.topicArn,
    grantTo(role: iam.Role, access: StoreAccess): void {
      if (access !== 'write') {
        throw new Error(
          `topic ${definition.name} can only be granted "write" (publish), not "${access}"`,
        );
      }
      iam.Grant.addToPrincipal({
        grantee: role,
        actions: ['sns:Publish'],
        resourceArns: [topic.topicArn],
      });
      key.grant(role, 'kms:Decrypt', 'kms:GenerateDataKey');
    },
  };
}
