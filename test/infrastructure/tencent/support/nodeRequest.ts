import * as http from 'http';
import { WxRequest } from '../../../../infrastructure/shared/http/WxRequest';

/** wx.request over Node's http, so the backend adapter can talk to the dev server for real. */
export const nodeRequest: WxRequest = (options) => {
  // wx.request sends an object as JSON with its own Content-Type.
  const body = options.method === 'POST' && options.data !== undefined ? JSON.stringify(options.data) : undefined;
  const headers = body === undefined ? options.header : { 'Content-Type': 'application/json', ...options.header };
  const request = http.request(options.url, { method: options.method, headers, timeout: options.timeout }, (response) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => options.success({ statusCode: response.statusCode ?? 0, data: parse(text) }));
  });
  request.on('timeout', () => request.destroy(new Error('timeout')));
  request.on('error', (error) => options.fail({ errMsg: `request:fail ${error.message}` }));
  request.end(body);
};

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
