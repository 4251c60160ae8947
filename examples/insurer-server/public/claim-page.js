// The insurer's claim page: the form gets short-lived widget sessions from this server (scoped to
// claims and coverage of one member), and the page shows the claim's id and status from the
// widget's events (ids and statuses only).
const form = document.getElementById('claim-form');
const status = document.getElementById('claim-status');

form.tokenProvider = async () => {
  const response = await fetch('/api/widget-session', { method: 'POST' });
  if (!response.ok) throw new Error(`widget session request failed: ${response.status}`);
  return (await response.json()).token;
};
// The insurer's partner hospitals, offered in the visit step.
form.providers = [
  { id: 'hosp_test_bj_capital', name: { en: 'Beijing Capital Hospital', 'zh-CN': '北京首都医院' } },
  {
    id: 'hosp_test_sh_intl',
    name: { en: 'Shanghai International Medical Centre', 'zh-CN': '上海国际医疗中心' },
  },
  { id: 'hosp_test_gz_city', name: { en: 'Guangzhou City Hospital', 'zh-CN': '广州市民医院' } },
];

form.addEventListener('apotheca-claim-submitted', (event) => {
  status.textContent = `Claim ${event.detail.claim_id} submitted.`;
});
form.addEventListener('apotheca-claim-status', (event) => {
  status.textContent = `Claim ${event.detail.claim_id}: ${event.detail.status}.`;
});
