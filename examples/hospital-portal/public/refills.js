// The refills page: the reminder gets its sessions from our server (scopes to read the patient's
// prescriptions and request refills), the delivery address on record from the portal's own
// patient profile, and the page shows the widget's events (ids and outcomes only). A renewal
// request sends the patient to book a follow-up visit.
import { currentStrings, sessionTokens, startPortal } from './portal-shell.js';

const reminder = document.getElementById('reminder');
reminder.tokenProvider = sessionTokens('refill-reminder');
// The portal's own record of where the patient's medicines are delivered.
reminder.deliveryAddress = {
  line1: '朝阳区建国路88号3单元501',
  city: '北京',
  province: '北京',
  postal_code: '100022',
  country: 'CN',
};

const strings = {
  en: {
    title: 'My medicines',
    lead: 'See how many days of each medicine you have left, refill it when it is time, and add the refill reminders to your calendar.',
    widget: 'Refill reminder',
    events: 'Events from the refill reminder',
    noEvents: 'No events yet.',
    bookRenewal: 'Book a follow-up visit to renew your prescription',
  },
  'zh-CN': {
    title: '我的药品',
    lead: '查看每种药品还剩几天，到时及时续方，并把续方提醒加入日历。',
    widget: '续方提醒',
    events: '续方提醒事件',
    noEvents: '暂无事件。',
    bookRenewal: '预约复诊以续开处方',
  },
};

/** What each event shows on the page. */
const eventText = {
  'apotheca-refill-requested': (d) => `${d.refill_request_id} ${d.prescription_id} ${d.status}`,
  'apotheca-renewal-requested': (d) => `${d.prescription_id} ${d.renewal_reason ?? ''}`.trim(),
  'apotheca-calendar-downloaded': (d) => d.prescription_id,
};

const received = [];
function renderEvents() {
  const list = document.getElementById('reminder-events');
  list.replaceChildren();
  if (received.length === 0) {
    const item = document.createElement('li');
    item.textContent = currentStrings(strings).noEvents;
    list.append(item);
    return;
  }
  for (const { type, text } of received) {
    const item = document.createElement('li');
    item.dataset.event = type;
    item.textContent = `${type}  ${text}`;
    list.append(item);
  }
}

for (const [type, textOf] of Object.entries(eventText)) {
  reminder.addEventListener(type, (event) => {
    received.unshift({ type, text: textOf(event.detail) });
    if (type === 'apotheca-renewal-requested') document.getElementById('renewal').hidden = false;
    renderEvents();
  });
}

startPortal(strings, renderEvents);
renderEvents();
