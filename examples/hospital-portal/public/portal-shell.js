// What every portal page shares: session tokens from our own server (never a secret key in the
// page), the navigation and the language switch. Each page brings its own strings.

/**
 * A widget's `tokenProvider`: asks the partner server for a session for `widget`; the server
 * decides the scopes.
 * @param {'trace-verifier' | 'symptom-checker' | 'claim-form' | 'refill-reminder' | 'prescription-upload'} widget
 */
export function sessionTokens(widget) {
  return async () => {
    const response = await fetch(`/api/widget-session?widget=${widget}`, { method: 'POST' });
    if (!response.ok) throw new Error(`widget session request failed: ${response.status}`);
    const session = await response.json();
    return session.token;
  };
}

const shellStrings = {
  en: {
    hospital: "Riverside People's Hospital",
    portal: 'Patient portal',
    navPack: 'Medicine pack check',
    navSymptoms: 'Symptom checker',
    navClaims: 'Claims',
    navRefills: 'My medicines',
    navUpload: 'Prescription photo',
    signedIn: 'Signed in as',
    footer: 'Demo portal — sandbox data only.',
  },
  'zh-CN': {
    hospital: '江畔人民医院',
    portal: '患者服务平台',
    navPack: '药品追溯查验',
    navSymptoms: '症状自查',
    navClaims: '保险理赔',
    navRefills: '我的药品',
    navUpload: '处方照片',
    signedIn: '当前用户',
    footer: '演示门户——仅使用沙箱数据。',
  },
};

/**
 * Wires the language buttons: sets `<html lang>` (the widgets follow it) and every
 * `[data-i18n]` text from the shell's and the page's strings, then calls `onLanguage`.
 * @param {{ en: Record<string, string>, 'zh-CN': Record<string, string> }} pageStrings
 * @param {(lang: string) => void} [onLanguage]
 */
export function startPortal(pageStrings, onLanguage = () => {}) {
  const setLanguage = (lang) => {
    const strings = { ...shellStrings[lang], ...pageStrings[lang] };
    document.documentElement.lang = lang;
    for (const element of document.querySelectorAll('[data-i18n]')) {
      element.textContent = strings[element.dataset.i18n];
    }
    for (const button of document.querySelectorAll('button.lang')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
    }
    onLanguage(lang);
  };
  for (const button of document.querySelectorAll('button.lang')) {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  }
}

/** The current page language's strings, English when it has none. */
export function currentStrings(pageStrings) {
  return pageStrings[document.documentElement.lang] ?? pageStrings.en;
}
