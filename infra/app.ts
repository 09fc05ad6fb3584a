import { App } from 'aws-cdk-lib';

import { DEFAULT_DEPLOYMENT, loadDeployment } from './deployments/index.ts';
import { applyNagChecks } from './nag.ts';
import { EruzStack, stackName } from './stack.ts';

/**
 * The CDK app: one stack for the deployment named by the `deployment` context
 * (`cdk synth -c deployment=volga`), checked by cdk-nag.
 */
const app = new App();
const name: unknown = app.node.tryGetContext('deployment') ?? DEFAULT_DEPLOYMENT;
if (typeof name !== 'string') {
  throw new Error(`Context "deployment" must be a deployment name, got ${JSON.stringify(name)}`);
}
const deployment = loadDeployment(name);
new EruzStack(app, stackName(deployment), { deployment });
applyNagChecks(app);
app.synth();
