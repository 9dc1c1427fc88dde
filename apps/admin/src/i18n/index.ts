export { I18nProvider, useI18n, type I18n } from './I18nProvider';
export { LanguageSwitch } from './LanguageSwitch';
export { translate, type Lang, type MessageKey } from './messages';
