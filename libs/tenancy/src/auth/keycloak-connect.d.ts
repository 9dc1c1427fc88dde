// keycloak-connect ships typings for its middleware only; these are the parts of its token utilities we call.
declare module 'keycloak-connect/middleware/auth-utils/config' {
  class Config {
    constructor(config: Record<string, unknown>);
    realmUrl: string;
  }
  export = Config;
}

declare module 'keycloak-connect/middleware/auth-utils/token' {
  class Token {
    constructor(token: string, clientId?: string);
    header?: { kid?: string; alg?: string };
    content: Record<string, unknown> & { exp?: number; iss?: string };
    isExpired(): boolean;
  }
  export = Token;
}

declare module 'keycloak-connect/middleware/auth-utils/grant-manager' {
  import Config = require('keycloak-connect/middleware/auth-utils/config');
  import Token = require('keycloak-connect/middleware/auth-utils/token');
  class GrantManager {
    constructor(config: Config);
    /** Fetches and caches the realm's keys; its `retrieveJWKs` is what reaches the network. */
    rotation: { retrieveJWKs(): Promise<{ keys: unknown[] }> };
    validateToken(token: Token, expectedType: string): Promise<Token>;
  }
  export = GrantManager;
}
