import type { PrescriptionUploadMessages } from './en';

/** 处方上传（简体中文）。 */
export const zhCN: PrescriptionUploadMessages = {
  title: '上传处方照片',
  intro: '配药前，药师会先审核您的纸质处方。请将处方平放在光线充足处，拍全四个边角。',
  takePhoto: '拍照',
  choosePhoto: '选择照片',
  photoHint: 'JPEG 或 PNG，不超过 10 MB。发送前我们会先检查照片是否清晰可读。',
  checking: '正在检查照片…',
  steps: ['检查照片', '发送', '药师审核'],
  stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  preview: '您的处方照片',
  retakeTitle: '请重新拍摄',
  retakeServer: '药房无法看清这张照片：',
  chooseAnother: '重新拍摄或选择其他照片',
  readyTitle: '照片清晰',
  noteLabel: '给药师的留言（可选）',
  send: '发送给药师',
  sending: (size) => `正在发送照片（${size}）…`,
  statusTitle: {
    pending_review: '等待药师审核',
    transcribed: '您的处方已通过审核',
    rejected: '药师未能通过审核',
  },
  statusText: {
    pending_review: '药师通常会在几小时内完成审核，您可以在此查看进度。',
    transcribed: '药师已录入您的处方，正在为您配药。',
    rejected: '请联系您的医生，或重新发送一张照片。',
  },
  reason: (reason) => `原因：${reason}`,
  reference: (id) => `上传编号 ${id}`,
  checkStatus: '查看审核进度',
  checkingStatus: '正在查询…',
  uploadAnother: '再发送一张照片',
  historyTitle: '最近上传的照片',
  historyItem: (date, status) => `${date}：${status}`,
};
