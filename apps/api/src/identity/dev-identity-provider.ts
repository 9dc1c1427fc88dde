import express, { type Express, type Request, type Response, type NextFunction } from 'express';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { default as ProviderType, KoaContextWithOIDC, TokenLike } from 'oidc-provider';
import {
  ADMIN_CLIENT_ID,
  API_AUDIENCE,
  INTEGRATOR_CLIENT_ID,
  MINISTRY_REALM,
  PLATFORM_REALM,
  DEV_DEMO_PASSWORD,
  Role,
  devIntegratorSecret,
  type TenantRegistry,
} from '@pcrm/tenancy';
import type { AccountDirectory } from './account-directory';
import { realmSigningKey } from './signing-keys';
import { invalidLogin, loginPage, logoutPage, messagePage, pageLang, type PageLang } from './pages';
import { LoginThrottle, loginKey } from './login-throttle';
import { ExpiringStore } from './provider-store';

/** The resource every access token is issued for; its audience (API_AUDIENCE) is what Keycloak's audience mapper adds. */
const API_RESOURCE = 'urn:pcrm:api';
const API_SCOPE = 'openid profile email';

/** Keycloak's endpoint layout under `/realms/<realm>`. */
const KEYCLOAK_ROUTES = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  jwks: '/protocol/openid-connect/certs',
  userinfo: '/protocol/openid-connect/userinfo',
  end_session: '/protocol/openid-connect/logout',
  introspection: '/protocol/openid-connect/token/introspect',
  revocation: '/protocol/openid-connect/revoke',
};

export interface DevIdentityOptions {
  publicUrl: string;
  dataDir: string;
  registry: TenantRegistry;
  accounts: AccountDirectory;
  log: (message: string) => void;
}

const serviceAccountRoles = (realm: string): string[] =>
  realm === MINISTRY_REALM ? [Role.MinistryAnalyst] : [Role.Integrator];

const FIXED_REALM_NAMES: Readonly<Record<string, Record<PageLang, string>>> = {
  [MINISTRY_REALM]: {
    ko: '중앙부처(행정안전부)',
    en: 'Central ministry (Ministry of the Interior and Safety)',
  },
  [PLATFORM_REALM]: { ko: '플랫폼 운영', en: 'Platform operations' },
};

/**
 * The development identity provider: a certified OpenID provider (oidc-provider) per realm, shaped like
 * Keycloak (paths, token claims) so the API verifies its tokens exactly as it verifies Keycloak's.
 * Never in production unless PCRM_DEV_IDP says so.
 */
export async function mountDevIdentityProvider(app: Express, options: DevIdentityOptions): Promise<void> {
  const { default: Provider } = await import('oidc-provider');
  const providers = new Map<string, Promise<ProviderType>>();
  const { default: MemoryAdapter } = await import('oidc-provider/lib/adapters/memory_adapter.js');
  const store = new ExpiringStore();
  const throttle = new LoginThrottle();
  const cookieKeys = [randomBytes(32).toString('hex')];
  // Only the configured public URL counts: for issuer, endpoint URLs, redirect URIs and CORS alike.
  const publicUrl = new URL(options.publicUrl);

  const realmName = (realm: string, lang: PageLang = 'ko'): string =>
    FIXED_REALM_NAMES[realm]?.[lang] ??
    (lang === 'en' ? options.registry.get(realm)?.nameEn : options.registry.get(realm)?.nameKo) ??
    realm;

  async function create(realm: string): Promise<ProviderType> {
    const issuer = `${options.publicUrl}/realms/${realm}`;
    const signingKey = await realmSigningKey(join(options.dataDir, 'dev-idp'), realm);
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: ADMIN_CLIENT_ID,
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: [`${publicUrl.origin}/auth/callback`],
          post_logout_redirect_uris: [`${publicUrl.origin}/`],
        },
        // The platform realm has no integrator: an operator is always a person (ADR 0024).
        ...(realm === PLATFORM_REALM
          ? []
          : [
              {
                client_id: INTEGRATOR_CLIENT_ID,
                client_secret: devIntegratorSecret(realm),
                token_endpoint_auth_method: 'client_secret_basic' as const,
                grant_types: ['client_credentials'],
                response_types: [],
                redirect_uris: [],
              },
            ]),
      ],
      clientAuthMethods: ['none', 'client_secret_basic', 'client_secret_post'],
      jwks: { keys: [signingKey] },
      adapter: (model: string) => new MemoryAdapter(model, store),
      // Each realm's session is its own: cookies are sent to that realm's endpoints only.
      cookies: {
        keys: cookieKeys,
        long: { httpOnly: true, sameSite: 'lax', path: `/realms/${realm}` },
        short: { httpOnly: true, sameSite: 'lax', path: `/realms/${realm}` },
      },
      routes: KEYCLOAK_ROUTES,
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      ttl: {
        AccessToken: 1800,
        ClientCredentials: 1800,
        IdToken: 1800,
        Interaction: 600,
        Session: 28800,
        Grant: 28800,
        AuthorizationCode: 60,
      },
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        introspection: { enabled: true },
        revocation: { enabled: true },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
            ctx.type = 'html';
            ctx.body = logoutPage(form);
          },
          postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
            ctx.type = 'html';
            ctx.body = messagePage('로그아웃', '로그아웃되었습니다.');
          },
        },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => API_RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: API_SCOPE,
            audience: API_AUDIENCE,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      // First-party clients: staff are not asked to consent to the platform's own admin UI.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const { client, session, result } = ctx.oidc;
        if (!client || !session?.accountId) return undefined;
        const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({
          clientId: client.clientId,
          accountId: session.accountId,
        });
        grant.addOIDCScope(API_SCOPE);
        grant.addResourceScope(API_RESOURCE, API_SCOPE);
        await grant.save();
        return grant;
      },
      findAccount: async (_ctx: unknown, sub: string) => {
        const account = await options.accounts.bySubject(realm, sub);
        if (!account) return undefined;
        return {
          accountId: account.subject,
          claims: async () => ({
            sub: account.subject,
            name: account.name,
            preferred_username: account.username,
            email: account.email ?? undefined,
          }),
        };
      },
      // What keycloak-connect and the API read from a Keycloak access token.
      extraTokenClaims: async (_ctx: unknown, token: TokenLike) => {
        if (token.kind === 'ClientCredentials') {
          return {
            typ: 'Bearer',
            azp: token.clientId,
            preferred_username: `service-account-${token.clientId}`,
            realm_access: { roles: serviceAccountRoles(realm) },
          };
        }
        const account = token.accountId ? await options.accounts.bySubject(realm, token.accountId) : null;
        return {
          typ: 'Bearer',
          azp: token.clientId,
          preferred_username: account?.username,
          name: account?.name,
          realm_access: { roles: account?.roles ?? [] },
        };
      },
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) =>
          `/realms/${realm}/login-actions/${interaction.uid}`,
      },
      renderError: (ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) => {
        ctx.type = 'html';
        ctx.body = messagePage('인증 오류', `${out.error}: ${out.error_description ?? ''}`);
      },
    });
    provider.proxy = true;
    provider.on('server_error', (_ctx, error) =>
      options.log(`dev identity provider error (${realm}): ${String(error)}`),
    );
    return provider;
  }

  const providerFor = (realm: string): Promise<ProviderType> | undefined => {
    if (!options.registry.isKnownRealm(realm)) return undefined;
    let provider = providers.get(realm);
    if (!provider) {
      provider = create(realm);
      providers.set(realm, provider);
    }
    return provider;
  };

  const loginActions = express.Router({ mergeParams: true });
  loginActions.use(express.urlencoded({ extended: false, limit: '16kb' }));
  loginActions.get('/:uid', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const realm = String(req.params.realm);
      const provider = await providerFor(realm)!;
      const details = await provider.interactionDetails(req, res); // refuses unknown or expired interactions
      const lang = pageLang(details.params.ui_locales);
      res.type('html').send(loginPage({ realmName: realmName(realm, lang), action: req.originalUrl, lang }));
    } catch (error) {
      next(error);
    }
  });
  loginActions.post('/:uid', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const realm = String(req.params.realm);
      const provider = await providerFor(realm)!;
      const details = await provider.interactionDetails(req, res);
      const lang = pageLang(details.params.ui_locales);
      const username = String(req.body?.username ?? '').trim();
      const refuse = (status: number, error: string) =>
        res
          .status(status)
          .type('html')
          .send(
            loginPage({ realmName: realmName(realm, lang), action: req.originalUrl, username, error, lang }),
          );
      const throttled = (seconds: number) => {
        res.set('Retry-After', String(seconds));
        refuse(
          429,
          lang === 'en'
            ? `Too many login attempts. Try again in ${seconds} seconds.`
            : `로그인 시도가 너무 많습니다. ${seconds}초 뒤에 다시 시도해 주세요.`,
        );
      };
      const key = loginKey(realm, username, req.ip);
      const wait = throttle.retryAfterSeconds(key);
      if (wait > 0) return throttled(wait);
      const account = username ? await options.accounts.byUsername(realm, username) : null;
      if (!account || req.body?.password !== DEV_DEMO_PASSWORD) {
        throttle.failed(key);
        const locked = throttle.retryAfterSeconds(key);
        if (locked > 0) return throttled(locked);
        return refuse(401, invalidLogin(lang));
      }
      throttle.succeeded(key);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.subject } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      next(error);
    }
  });

  app.use('/realms/:realm', (req: Request, res: Response, next: NextFunction) => {
    const realm = String(req.params.realm);
    if (!providerFor(realm)) {
      res
        .status(404)
        .json({ error: 'Realm does not exist', error_description: `알 수 없는 realm: ${realm}` });
      return;
    }
    // URLs the provider writes (discovery, redirects) come from the configured public URL, never from
    // the Host or X-Forwarded-* headers a caller chooses.
    req.headers.host = publicUrl.host;
    req.headers['x-forwarded-proto'] = publicUrl.protocol.slice(0, -1);
    delete req.headers['x-forwarded-host'];
    // Only the admin UI's origin may read the provider's answers from a browser (no `*`).
    res.setHeader('Access-Control-Allow-Origin', publicUrl.origin);
    if (req.path === KEYCLOAK_ROUTES.authorization && store.loginsFull) {
      res
        .status(503)
        .set('Retry-After', '60')
        .type('html')
        .send(
          messagePage(
            '로그인 대기',
            '진행 중인 로그인이 너무 많아 지금은 새 로그인을 시작할 수 없습니다. 1분 뒤에 다시 시도해 주세요.',
          ),
        );
      return;
    }
    next();
  });
  app.use('/realms/:realm/login-actions', loginActions);
  const handlers = new Map<string, ReturnType<ProviderType['callback']>>();
  app.use('/realms/:realm', (req: Request, res: Response, next: NextFunction) => {
    const realm = String(req.params.realm);
    providerFor(realm)!.then((provider) => {
      let handle = handlers.get(realm);
      if (!handle) handlers.set(realm, (handle = provider.callback()));
      handle(req, res);
    }, next);
  });
  options.log(
    '⚠ 개발용 인증 서버(development identity provider)가 /realms/<realm> 에서 동작합니다. 운영 환경에서는 KEYCLOAK_URL 로 실제 Keycloak 을 쓰십시오.',
  );
}
