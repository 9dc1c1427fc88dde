export { I18nProvider, useI18n, type I18n } from './I18nProvider';
export { LanguageSwitch } from './LanguageSwitch';
export { defineMessages } from './define';
export { labelOverrides, translate, type Lang, type LabelOverrides, type MessageKey } from './messages';
export { terminologyOverrides, type EffectiveTerm } from './terminology';
