// The few POSIX `path` calls miniprogram-simulate and j-component make, for the browser bundle.
function normalize(input) {
  const absolute = input.startsWith('/');
  const out = [];
  for (const part of input.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  return (absolute ? '/' : '') + out.join('/') || (absolute ? '/' : '.');
}

const join = (...parts) => normalize(parts.filter(Boolean).join('/'));
const dirname = (input) => {
  const index = input.replace(/\/+$/, '').lastIndexOf('/');
  return index < 0 ? '.' : index === 0 ? '/' : input.slice(0, index);
};
const basename = (input, ext) => {
  const base = input.slice(input.lastIndexOf('/') + 1);
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
};
const extname = (input) => {
  const base = basename(input);
  const index = base.lastIndexOf('.');
  return index > 0 ? base.slice(index) : '';
};
const isAbsolute = (input) => input.startsWith('/');
const resolve = (...parts) => normalize(parts.reduce((all, part) => (isAbsolute(part) ? part : `${all}/${part}`), '/'));
function relative(from, to) {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

module.exports = { sep: '/', normalize, join, dirname, basename, extname, isAbsolute, resolve, relative, posix: null };
module.exports.posix = module.exports;
