// The built mini-program (dist/) as the server sent it: path → text, plus compiled WXML templates.
const files = {};

function setFiles(map) {
  Object.assign(files, map);
  window.__FILE_MAP__ = files; // where miniprogram-simulate reads files in a browser
}

function readFile(filePath) {
  const key = filePath.replace(/^\/+/, '');
  return key in files ? files[key] : null;
}

module.exports = { files, setFiles, readFile };
