import * as http from 'http';
import { WxRequest } from '../../../../infrastructure/shared/http/WxRequest';

/** wx.request over Node's http, so the backend adapter can talk to the dev server for real. */
export const nodeRequest: WxRequest = (options) => {
  const request = http.get(options.url, { headers: options.header, timeout: options.timeout }, (response) => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (body += chunk));
    response.on('end', () => options.success({ statusCode: response.statusCode ?? 0, data: parse(body) }));
  });
  request.on('timeout', () => request.destroy(new Error('timeout')));
  request.on('error', (error) => options.fail({ errMsg: `request:fail ${error.message}` }));
};

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
