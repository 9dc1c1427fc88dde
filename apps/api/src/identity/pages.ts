const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export type PageLang = 'ko' | 'en';

/** The language the client asked for with OIDC `ui_locales` (space-separated, by preference). */
export function pageLang(uiLocales: unknown): PageLang {
  const first = typeof uiLocales === 'string' ? uiLocales.trim().split(/\s+/)[0] : '';
  return first?.toLowerCase().startsWith('en') ? 'en' : 'ko';
}

const LOGIN_TEXT = {
  ko: {
    login: '로그인',
    product: 'PCRM 공공고객관리 시스템',
    dev: '개발용 인증 서버입니다. 운영 환경에서는 Keycloak 이 이 화면을 대신합니다.',
    username: '아이디',
    password: '비밀번호',
    invalid: '아이디 또는 비밀번호가 올바르지 않습니다.',
  },
  en: {
    login: 'Log in',
    product: 'PCRM public customer relationship management',
    dev: 'Development identity provider. In production Keycloak shows this page instead.',
    username: 'Username',
    password: 'Password',
    invalid: 'The username or password is not correct.',
  },
} as const;

const layout = (title: string, body: string, lang: PageLang = 'ko'): string => `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: 'Pretendard', 'Noto Sans KR', 'Malgun Gothic', sans-serif; background: #f4f5f7; margin: 0; color: #1e2124; }
  main { max-width: 400px; margin: 10vh auto; background: #fff; border-radius: 8px; padding: 32px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 22px; margin: 0 0 4px; }
  .realm { color: #256ef4; font-weight: 700; }
  .dev { background: #fff4e5; border: 1px solid #f5a623; border-radius: 4px; padding: 8px 12px; font-size: 13px; margin: 16px 0; }
  label { display: block; font-weight: 600; margin: 16px 0 6px; }
  input { width: 100%; box-sizing: border-box; padding: 10px 12px; font-size: 16px; border: 1px solid #8a949e; border-radius: 4px; }
  input:focus { outline: 2px solid #256ef4; }
  button { margin-top: 24px; width: 100%; padding: 12px; font-size: 16px; font-weight: 700; color: #fff; background: #256ef4; border: 0; border-radius: 4px; cursor: pointer; }
  .error { color: #b00030; margin-top: 12px; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;

/** The message for a wrong user name or password. */
export const invalidLogin = (lang: PageLang): string => LOGIN_TEXT[lang].invalid;

export function loginPage(opts: {
  realmName: string;
  action: string;
  username?: string;
  /** Why the last attempt was refused, in the page's language. */
  error?: string;
  lang?: PageLang;
}): string {
  const lang = opts.lang ?? 'ko';
  const text = LOGIN_TEXT[lang];
  const realm = escapeHtml(opts.realmName);
  return layout(
    lang === 'en' ? `${text.login} · ${opts.realmName}` : `${opts.realmName} ${text.login}`,
    `<h1>${lang === 'en' ? `${text.login} · <span class="realm">${realm}</span>` : `<span class="realm">${realm}</span> ${text.login}`}</h1>
<p>${text.product}</p>
<p class="dev" role="note">${text.dev}</p>
<form method="post" action="${escapeHtml(opts.action)}" autocomplete="off">
  <label for="username">${text.username}</label>
  <input id="username" name="username" required autofocus value="${escapeHtml(opts.username ?? '')}">
  <label for="password">${text.password}</label>
  <input id="password" name="password" type="password" required>
  ${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ''}
  <button id="kc-login" type="submit">${text.login}</button>
</form>`,
    lang,
  );
}

export function logoutPage(form: string): string {
  return layout(
    '로그아웃',
    `<h1>로그아웃</h1><p>로그아웃하는 중입니다…</p>${form}
<button id="kc-logout" type="submit" form="op.logoutForm" name="logout" value="yes">로그아웃</button>
<script>document.getElementById('kc-logout').click();</script>`,
  );
}

export function messagePage(title: string, message: string): string {
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">처음 화면으로</a></p>`,
  );
}
