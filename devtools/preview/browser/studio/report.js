// One line under the studio's controls for what went wrong: a refused action, an unrecorded tap.
function report(text) {
  const line = document.getElementById('studio-problem');
  line.textContent = text;
  line.hidden = !text;
}

module.exports = { report };
