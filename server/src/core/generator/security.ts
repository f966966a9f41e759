/**
 * Credentials for generated requests, from the spec's security schemes (`components.securitySchemes`,
 * or `securityDefinitions` in Swagger 2.0) and each operation's requirements (its own `security`, else
 * the document's). Of several alternatives, the one with the simplest credentials is used: API keys,
 * then HTTP Basic, then bearer tokens (HTTP bearer, OAuth 2, OpenID Connect); an empty alternative
 * (`{}`) means none is needed. Each scheme becomes `secret env("...")` vars, named after the scheme.
 * Mutual TLS and unknown schemes cannot be expressed in a request and are left out.
 */
import type { GeneratedVar } from './model';
import { envName, identifier } from './naming';
import { HEADER_NAME } from './openapi-request';

type Obj = Record<string, unknown>;

export interface Credentials {
  headers: { name: string; value: string }[];
  query: { name: string; value: string }[];
  auth?: string;
  vars: GeneratedVar[];
}

interface Scheme {
  rank: number;
  apply(c: Credentials): void;
}

export class Security {
  private readonly schemes = new Map<string, Scheme | undefined>();
  private readonly documentRequirements: Obj[];

  constructor(document: Obj, reserved: Set<string>) {
    const components = (document.components as Obj | undefined)?.securitySchemes ?? document.securityDefinitions;
    for (const [name, raw] of Object.entries((components ?? {}) as Obj)) {
      this.schemes.set(name, raw && typeof raw === 'object' ? schemeFor(name, raw as Obj, reserved) : undefined);
    }
    this.documentRequirements = requirements(document.security);
  }

  /** What a request of the operation (its raw object in the document) sends to authenticate. */
  forOperation(operation: Obj | undefined): Credentials {
    const credentials: Credentials = { headers: [], query: [], vars: [] };
    const alternatives = operation && Array.isArray(operation.security) ? requirements(operation.security) : this.documentRequirements;
    if (alternatives.length === 0 || alternatives.some((a) => Object.keys(a).length === 0)) return credentials;
    let best: Scheme[] | undefined;
    let bestRank = Infinity;
    for (const alternative of alternatives) {
      const schemes = Object.keys(alternative).map((name) => this.schemes.get(name));
      if (schemes.some((s) => s === undefined)) continue;
      const rank = Math.max(...schemes.map((s) => s!.rank));
      if (rank < bestRank) [best, bestRank] = [schemes as Scheme[], rank];
    }
    for (const scheme of best ?? []) scheme.apply(credentials);
    return credentials;
  }
}

function requirements(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter((r): r is Obj => r !== null && typeof r === 'object') : [];
}

function schemeFor(name: string, raw: Obj, reserved: Set<string>): Scheme | undefined {
  const base = identifier(name);
  const secretVar = (suffix: string): GeneratedVar => {
    let varName = identifier(`${base} ${suffix}`.trim());
    while (reserved.has(varName)) varName = `${varName}Value`;
    return { name: varName, value: `env("${envName(varName)}")`, secret: true };
  };
  const type = String(raw.type ?? '').toLowerCase();
  const scheme = String(raw.scheme ?? '').toLowerCase();
  if (type === 'apikey' && typeof raw.name === 'string' && (raw.in === 'query' || HEADER_NAME.test(raw.name))) {
    const key = secretVar('');
    const where = raw.in === 'query' ? 'query' : raw.in === 'cookie' ? 'cookie' : 'header';
    return {
      rank: 0,
      apply(c) {
        c.vars.push(key);
        if (where === 'query') c.query.push({ name: raw.name as string, value: `"{{${key.name}}}"` });
        else if (where === 'cookie') c.headers.push({ name: 'Cookie', value: `${raw.name as string}={{${key.name}}}` });
        else c.headers.push({ name: raw.name as string, value: `{{${key.name}}}` });
      },
    };
  }
  if (type === 'basic' || (type === 'http' && scheme === 'basic')) {
    const user = { ...secretVar('user'), secret: false };
    const password = secretVar('password');
    return {
      rank: 1,
      apply(c) {
        c.vars.push(user, password);
        c.auth ??= `auth basic "{{${user.name}}}" "{{${password.name}}}"`;
      },
    };
  }
  if ((type === 'http' && scheme === 'bearer') || type === 'oauth2' || type === 'openidconnect') {
    const token = secretVar(type === 'http' ? '' : 'token');
    return {
      rank: 2,
      apply(c) {
        c.vars.push(token);
        c.auth ??= `auth bearer "{{${token.name}}}"`;
      },
    };
  }
  if (type === 'http' && scheme) {
    const credentials = secretVar('');
    const label = scheme.charAt(0).toUpperCase() + scheme.slice(1);
    return {
      rank: 2,
      apply(c) {
        c.vars.push(credentials);
        c.headers.push({ name: 'Authorization', value: `${label} {{${credentials.name}}}` });
      },
    };
  }
  return undefined;
}
