// The prescription photo page: the upload widget gets its sessions from our server (scopes to
// send and read the patient's own uploads), and the page shows the widget's events — ids and
// outcomes only, never the photo.
import { currentStrings, sessionTokens, startPortal } from './portal-shell.js';

const upload = document.getElementById('upload');
upload.tokenProvider = sessionTokens('prescription-upload');

const strings = {
  en: {
    title: 'Send your paper prescription',
    lead: 'Take a photo of the prescription your doctor gave you. We check it is readable at once, and a pharmacist reviews it before your medicine is prepared.',
    widget: 'Prescription photo upload',
    events: 'Events from the prescription upload',
    noEvents: 'No events yet.',
  },
  'zh-CN': {
    title: '上传纸质处方',
    lead: '拍下医生开具的处方。我们会立即检查照片是否清晰，药师审核后再为您配药。',
    widget: '处方照片上传',
    events: '处方上传事件',
    noEvents: '暂无事件。',
  },
};

/** What each event shows on the page. */
const eventText = {
  'apotheca-prescription-uploaded': (d) => `${d.upload_id} ${d.status}`,
  'apotheca-upload-reviewed': (d) => `${d.upload_id} ${d.status}`,
  'apotheca-photo-retake': (d) => `${d.checked} ${d.issues.join(', ')}`,
};

const received = [];
function renderEvents() {
  const list = document.getElementById('upload-events');
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
  upload.addEventListener(type, (event) => {
    received.unshift({ type, text: textOf(event.detail) });
    renderEvents();
  });
}

startPortal(strings, renderEvents);
renderEvents();
