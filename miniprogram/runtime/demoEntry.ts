/** The demo class's code, and its page in the demo subpackage (app.json `subPackages`, root `demo`). */
export const DEMO_CLASS_ID = 'demo';
export const DEMO_PAGE = '/demo/index';
