// The medicine pack page: the trace verifier gets its sessions from our server, and the page
// shows the webhooks our server received.
import { currentStrings, sessionTokens, startPortal } from './portal-shell.js';

const verifier = document.getElementById('verifier');
verifier.tokenProvider = sessionTokens('trace-verifier');

const strings = {
  en: {
    title: 'Check your medicine pack',
    lead: 'Scan the code on the box, upload a photo of it, or type it in. We check that the pack is genuine, where it has been, and whether it is safe to use.',
    widget: 'Medicine pack check',
    events: 'Recent platform events (webhooks)',
    noEvents: 'No events yet.',
  },
  'zh-CN': {
    title: '查验您的药品包装',
    lead: '扫描药盒上的追溯码、上传照片或手动输入。我们会核验药品真伪、流通轨迹以及是否可以安全使用。',
    widget: '药品追溯查验',
    events: '最近的平台事件（Webhook）',
    noEvents: '暂无事件。',
  },
};

startPortal(strings, () => renderEvents(lastEvents));

let lastEvents = [];
function renderEvents(events) {
  const list = document.getElementById('events');
  list.replaceChildren();
  if (events.length === 0) {
    const item = document.createElement('li');
    item.textContent = currentStrings(strings).noEvents;
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
