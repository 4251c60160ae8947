// The symptom checker page: the checker gets its sessions from our server (scopes for triage,
// the patient record and bookings), and the page shows the widget's events. Events carry ids and
// outcomes only; the page shows the ids, never what the patient typed.
import { currentStrings, sessionTokens, startPortal } from './portal-shell.js';

const checker = document.getElementById('checker');
checker.tokenProvider = sessionTokens('symptom-checker');

const strings = {
  en: {
    title: 'Check your symptoms',
    lead: 'Describe what is wrong and answer a few questions. We tell you how urgently to get care, which department fits, and you can book a doctor online.',
    widget: 'Symptom checker',
    events: 'Events from the symptom checker',
    noEvents: 'No events yet.',
  },
  'zh-CN': {
    title: '症状自查',
    lead: '描述您的不适并回答几个问题。我们会告诉您就医的紧急程度、适合的科室，您也可以在线预约医生。',
    widget: '症状自查',
    events: '症状自查事件',
    noEvents: '暂无事件。',
  },
};

/** Which id each event carries, shown on the page. */
const eventIds = {
  'apotheca-triage-completed': (detail) => detail.interview_id,
  'apotheca-consultation-booked': (detail) => detail.consultation_id,
  'apotheca-book-requested': (detail) => `${detail.interview_id} ${detail.doctor_id}`,
};

const received = [];
function renderEvents() {
  const list = document.getElementById('checker-events');
  list.replaceChildren();
  if (received.length === 0) {
    const item = document.createElement('li');
    item.textContent = currentStrings(strings).noEvents;
    list.append(item);
    return;
  }
  for (const { type, id } of received) {
    const item = document.createElement('li');
    item.dataset.event = type;
    item.textContent = `${type}  ${id}`;
    list.append(item);
  }
}

for (const [type, idOf] of Object.entries(eventIds)) {
  checker.addEventListener(type, (event) => {
    received.unshift({ type, id: idOf(event.detail) });
    renderEvents();
  });
}

startPortal(strings, renderEvents);
renderEvents();
