import type { ThemeConfig } from 'antd';

/** Sober public-sector palette (close to KRDS primary blue), Korean-first font stack. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4fa8',
    colorInfo: '#1d4fa8',
    colorLink: '#1d4fa8',
    borderRadius: 6,
    fontSize: 15,
    fontFamily:
      "Pretendard, 'Pretendard GOV', 'Noto Sans KR', 'Noto Sans CJK KR', 'Malgun Gothic', 'Apple SD Gothic Neo', system-ui, -apple-system, 'Segoe UI', sans-serif",
    colorBgLayout: '#f3f5f8',
    // WCAG AA: secondary texts, placeholders and error texts keep at least 4.5:1 on white
    // (antd's defaults, e.g. rgba(0,0,0,.45) = 3.4:1 and #ff4d4f = 3.2:1, do not).
    colorTextSecondary: '#4b5563',
    colorTextTertiary: '#525b6a',
    colorTextDescription: '#525b6a',
    colorTextPlaceholder: '#687080',
    colorTextQuaternary: '#687080',
    colorError: '#c42b1c',
    colorErrorText: '#b3261e',
  },
  components: {
    Layout: {
      headerBg: '#0f2a5a',
      headerHeight: 60,
      headerPadding: '0 20px',
      siderBg: '#ffffff',
      triggerBg: '#f0f2f5',
      triggerColor: '#1f2937',
    },
    Menu: { itemSelectedBg: '#e8effb', itemSelectedColor: '#1d4fa8', itemHeight: 44 },
    Table: { headerBg: '#f5f7fa' },
  },
};
