const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const layout = (title: string, body: string): string => `<!DOCTYPE html>
<html lang="ko">
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
  .error { color: #d50136; margin-top: 12px; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;

export function loginPage(opts: {
  realmName: string;
  action: string;
  username?: string;
  error?: string;
}): string {
  return layout(
    `${opts.realmName} 로그인`,
    `<h1><span class="realm">${escapeHtml(opts.realmName)}</span> 로그인</h1>
<p>PCRM 공공고객관리 시스템</p>
<p class="dev" role="note">개발용 인증 서버입니다. 운영 환경에서는 Keycloak 이 이 화면을 대신합니다.</p>
<form method="post" action="${escapeHtml(opts.action)}" autocomplete="off">
  <label for="username">아이디</label>
  <input id="username" name="username" required autofocus value="${escapeHtml(opts.username ?? '')}">
  <label for="password">비밀번호</label>
  <input id="password" name="password" type="password" required>
  ${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ''}
  <button id="kc-login" type="submit">로그인</button>
</form>`,
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
