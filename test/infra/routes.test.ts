import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

import { ROUTE_LIST, type RouteDefinition } from '@eruz/api';

import { buildStack, methodsByRoute, nagFindings } from './helpers.ts';

/** Routes of kinds the shipped table does not have yet, on existing handler modules. */
const extraRoutes: RouteDefinition[] = [
  {
    operationId: 'submitApplication',
    method: 'POST',
    path: '/v1/applications',
    handler: 'meta/openapi',
    access: { kind: 'user', roles: ['citizen'] },
    summary: 'Submit',
    tags: ['applications'],
    request: { body: z.object({ serviceId: z.string().min(2), note: z.string().optional() }) },
    responses: { 201: { description: 'Created' } },
    grants: [
      { resource: 'documents', access: 'readwrite' },
      { resource: 'notifications', access: 'write' },
    ],
  },
  {
    operationId: 'listAgencyApplications',
    method: 'GET',
    path: '/v1/agency/applications',
    handler: 'meta/openapi',
    access: { kind: 'system', scopes: ['applications.read'] },
    summary: 'Agency reads applications',
    tags: ['agency'],
    responses: { 200: { description: 'Applications' } },
    grants: [{ resource: 'archive', access: 'read' }],
  },
  {
    operationId: 'resetLocalData',
    method: 'POST',
    path: '/v1/dev/reset',
    handler: 'catalog/list-categories',
    access: { kind: 'public' },
    summary: 'Local only',
    tags: ['dev'],
    responses: { 204: { description: 'Reset' } },
    grants: [{ resource: 'Catalog', access: 'write' }],
    localOnly: true,
  },
];

describe('routes beyond the public catalog', () => {
  const routes = [...(ROUTE_LIST as readonly RouteDefinition[]), ...extraRoutes];
  const { app, stack } = buildStack('moscow', { routes });
  const template = Template.fromStack(stack);
  const methods = methodsByRoute(template.toJSON());

  it('puts people routes behind the Cognito authorizer without scopes', () => {
    const method = methods.get('POST /v1/applications');
    expect(method?.AuthorizationType).toBe('COGNITO_USER_POOLS');
    expect(method?.AuthorizerId).toBeDefined();
    expect(method?.AuthorizationScopes).toBeUndefined();
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
    });
  });

  it('requires the route scopes of agency systems', () => {
    const method = methods.get('GET /v1/agency/applications');
    expect(method?.AuthorizationType).toBe('COGNITO_USER_POOLS');
    expect(method?.AuthorizationScopes).toEqual(['eruz/applications.read']);
  });

  it('validates request bodies against a model generated from the route schema', () => {
    const method = methods.get('POST /v1/applications');
    expect(method?.RequestModels).toEqual({ 'application/json': expect.anything() });
    template.hasResourceProperties('AWS::ApiGateway::Model', {
      ContentType: 'application/json',
      Schema: {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        required: ['serviceId'],
        properties: { serviceId: { type: 'string', minLength: 2 } },
      },
    });
  });

  it('never deploys local-only routes', () => {
    expect([...methods.keys()].some((key) => key.includes('/v1/dev'))).toBe(false);
  });

  it('grants exactly the listed object and publish actions, and names the stores', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'],
          }),
          Match.objectLike({ Action: 'sns:Publish' }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('POST /v1/applications'),
      Environment: {
        Variables: Match.objectLike({
          DOCUMENTS_BUCKET: Match.anyValue(),
          ARCHIVE_BUCKET: Match.anyValue(),
          NOTIFICATIONS_TOPIC_ARN: Match.anyValue(),
        }),
      },
    });
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    expect(nagFindings(app)).toEqual([]);
  });

  it('fails at synth when a route grants a store that does not exist', () => {
    const broken: RouteDefinition = {
      ...extraRoutes[1]!,
      grants: [{ resource: 'nope', access: 'read' }],
    };
    expect(() => buildStack('moscow', { routes: [broken] })).toThrow(
      /listAgencyApplications grants unknown store "nope"; known stores: Catalog, documents/,
    );
  });

  it('refuses to grant reading a topic', () => {
    const broken: RouteDefinition = {
      ...extraRoutes[1]!,
      grants: [{ resource: 'notifications', access: 'read' }],
    };
    expect(() => buildStack('moscow', { routes: [broken] })).toThrow(/only be granted "write"/);
  });
});
