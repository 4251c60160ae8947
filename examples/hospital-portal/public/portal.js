// The portal's glue: give the widget a way to get session tokens from our own server (never a
// secret key in the page), switch languages, and show the webhooks our server received.
const verifier = document.getElementById('verifier');

verifier.tokenProvider = async () => {
  const response = await fetch('/api/widget-session', { method: 'POST' });
  if (!response.ok) throw new Error(`widget session request failed: ${response.status}`);
  const session = await response.json();
  return session.token;
};

const strings = {
  en: {
    hospital: "Riverside People's Hospital",
    portal: 'Patient portal',
    title: 'Check your medicine pack',
    lead: 'Scan the code on the box, upload a photo of it, or type it in. We check that the pack is genuine, where it has been, and whether it is safe to use.',
    signedIn: 'Signed in as',
    widget: 'Medicine pack check',
    events: 'Recent platform events (webhooks)',
    footer: 'Demo portal — sandbox data only.',
    noEvents: 'No events yet.',
  },
  'zh-CN': {
    hospital: '江畔人民医院',
    portal: '患者服务平台',
    title: '查验您的药品包装',
    lead: '扫描药盒上的追溯码、上传照片或手动输入。我们会核验药品真伪、流通轨迹以及是否可以安全使用。',
    signedIn: '当前用户',
    widget: '药品追溯查验',
    events: '最近的平台事件（Webhook）',
    footer: '演示门户——仅使用沙箱数据。',
    noEvents: '暂无事件。',
  },
};

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = strings[lang][element.dataset.i18n];
  }
  for (const button of document.querySelectorAll('button.lang')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  renderEvents(lastEvents);
}

for (const button of document.querySelectorAll('button.lang')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

let lastEvents = [];
function renderEvents(events) {
  const list = document.getElementById('events');
  list.replaceChildren();
  if (events.length === 0) {
    const item = document.createElement('li');
    item.textContent = strings[document.documentElement.lang]?.noEvents ?? strings.en.noEvents;
    list.append(item);
    return;
  }
  for (const event of events) {
    const item = document.createElement('li');
    item.textContent = `${event.created_at}  ${event.type}  ${event.id}`;
    list.append(item);
  }
}

async function refreshEvents() {
  try {
    const response = await fetch('/api/events');
    if (response.ok) {
      lastEvents = await response.json();
      renderEvents(lastEvents);
    }
  } catch {
    // The portal keeps working without the event feed.
  }
}

verifier.addEventListener('apotheca-dispensed', () => setTimeout(refreshEvents, 500));
verifier.addEventListener('apotheca-verified', () => setTimeout(refreshEvents, 500));
renderEvents([]);
refreshEvents();
