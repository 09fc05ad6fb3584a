import { moscow } from './moscow.ts';
import {
  DeploymentConfigError,
  parseDeployment,
  type Deployment,
  type DeploymentInput,
} from './schema.ts';
import { volga } from './volga.ts';

export * from './schema.ts';

/** Every shipped deployment, by name; the first one is the default. */
export const DEPLOYMENTS: Readonly<Record<string, DeploymentInput>> = { moscow, volga };

/** Names of the shipped deployments, in order. */
export const DEPLOYMENT_NAMES: readonly string[] = Object.keys(DEPLOYMENTS);

/** The deployment synthesized when no `deployment` context is given. */
export const DEFAULT_DEPLOYMENT = 'moscow';

/**
 * Loads and validates a shipped deployment.
 *
 * @param name a key of {@link DEPLOYMENTS}
 * @throws DeploymentConfigError for an unknown name (listing the known ones) or an invalid
 *   configuration (naming the field)
 */
export function loadDeployment(name: string): Deployment {
  const input = Object.hasOwn(DEPLOYMENTS, name) ? DEPLOYMENTS[name] : undefined;
  if (input === undefined) {
    throw new DeploymentConfigError(
      `Unknown deployment "${name}"; known deployments: ${DEPLOYMENT_NAMES.join(', ')}`,
    );
  }

  return parseDeployment(name, input);
}

/**
 * Validates every deployment and what they must not share: a federal subject is served by
 * one deployment only, and no two deployments use the same account and region.
 *
 * @throws DeploymentConfigError on the first problem found
 */
export function loadAllDeployments(
  inputs: Readonly<Record<string, DeploymentInput>> = DEPLOYMENTS,
): Deployment[] {
  const deployments = Object.entries(inputs).map(([name, input]) => parseDeployment(name, input));
  const servedBy = new Map<string, string>();
  const placedAt = new Map<string, string>();
  for (const deployment of deployments) {
    for (const subject of deployment.subjects) {
      const other = servedBy.get(subject);
      if (other !== undefined) {
        throw new DeploymentConfigError(
          `Deployment "${deployment.name}" is invalid:\n  subjects: ${subject} is already ` +
            `served by deployment "${other}"`,
        );
      }
      servedBy.set(subject, deployment.name);
    }
    const place = `${deployment.account}/${deployment.region}`;
    const other = placedAt.get(place);
    if (other !== undefined) {
      throw new DeploymentConfigError(
        `Deployment "${deployment.name}" is invalid:\n  region: ${place} is already used by ` +
          `deployment "${other}"`,
      );
    }
    placedAt.set(place, deployment.name);
  }

  return deployments;
}
