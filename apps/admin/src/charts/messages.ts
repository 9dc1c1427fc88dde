import { defineMessages } from '../i18n/define';

export const messages = defineMessages(
  {
    'chart.summary':
      '{title}: {series}개 계열, {n}개 시점의 선 그래프. 아래 "표로 보기"에 같은 값이 있습니다.',
    'chart.asTable': '표로 보기',
    'chart.date': '날짜',
  },
  {
    'chart.summary':
      '{title}: line chart of {series} series over {n} points. The same values are under "Show as table".',
    'chart.asTable': 'Show as table',
    'chart.date': 'Date',
  },
);
