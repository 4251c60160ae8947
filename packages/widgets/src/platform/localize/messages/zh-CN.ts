import type { PlatformMessages } from './en';

/** Platform strings shared by every widget (简体中文). */
export const zhCN: PlatformMessages = {
  retry: '重试',
  loading: '正在加载…',
  reference: (requestId: string) => `参考编号：${requestId}`,
  errorOffline: '无法连接到服务。请检查网络连接后重试。',
  errorTimeout: '服务响应超时，请重试。',
  errorSession: '您的会话已结束。请重新登录或刷新页面。',
  errorPermission: '此页面无权执行该操作，请联系网站获取帮助。',
  errorRateLimited: '当前请求过多，请稍候再试。',
  errorServer: '我们这边出了点问题，请稍后重试。',
  errorUnknown: '出现问题，请重试。',
};
