// The Claims page: the claim form gets its sessions from our server (coverage, claims, the
// medication catalogue and uploads), the hospitals it offers, and the page shows its events
// (claim ids and statuses only).
import { currentStrings, sessionTokens, startPortal } from './portal-shell.js';

const form = document.getElementById('claim');
form.tokenProvider = sessionTokens('claim-form');
// The sandbox's hospitals; a real portal offers its own hospital (or its group's).
form.providers = [
  {
    id: 'hosp_test_bj_capital',
    name: { en: 'Capital Hospital, Beijing', 'zh-CN': '北京首都医院' },
  },
  {
    id: 'hosp_test_sh_intl',
    name: { en: 'Shanghai International Hospital', 'zh-CN': '上海国际医院' },
  },
  { id: 'hosp_test_gz_city', name: { en: 'Guangzhou City Hospital', 'zh-CN': '广州市医院' } },
  { id: 'hosp_test_cd_clinic', name: { en: 'Chengdu Clinic', 'zh-CN': '成都诊所' } },
];

const strings = {
  en: {
    title: 'Claim back a hospital bill',
    lead: 'Photograph the invoice, add the items and diagnoses, and see what your insurer pays before you submit. Then follow the claim until it is paid.',
    widget: 'Insurance claim',
    events: 'Events from the claim form',
    noEvents: 'No events yet.',
  },
  'zh-CN': {
    title: '报销医院账单',
    lead: '拍下发票，添加费用项目和诊断，提交前即可看到保险公司的赔付金额。提交后可一直跟踪到赔付到账。',
    widget: '保险理赔',
    events: '理赔表单事件',
    noEvents: '暂无事件。',
  },
};

const received = [];
function renderEvents() {
  const list = document.getElementById('claim-events');
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

form.addEventListener('apotheca-claim-submitted', (event) => {
  received.unshift({ type: 'apotheca-claim-submitted', text: event.detail.claim_id });
  renderEvents();
});
form.addEventListener('apotheca-claim-status', (event) => {
  received.unshift({
    type: 'apotheca-claim-status',
    text: `${event.detail.claim_id} ${event.detail.status}`,
  });
  renderEvents();
});

startPortal(strings, renderEvents);
renderEvents();
