export { type Catalogues, type Message, messagesFor } from './catalogue';
export { formatCelsius, formatCount, formatDate, formatDateTime } from './format';
export { observeLang } from './lang-observer';
export { DEFAULT_LOCALE, LOCALES, type Locale, toLocale } from './locale';
export { type PlatformMessages, platformMessages } from './messages/index';
