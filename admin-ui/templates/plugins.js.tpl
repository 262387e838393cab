// The plugins page's actions: switch a plugin on or off, or save its config.
// Every change goes through POST /admin/api/plugins/settings, the same check
// and store as `sluice apply`; servers switch within a reload interval.
(function () {
  const status = document.getElementById('status');

  function show(message, isError) {
    status.textContent = message;
    status.className = isError ? 'error' : '';
  }

  async function send(change) {
    const response = await fetch('/admin/api/plugins/settings', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-sluice-admin': '1' },
      body: JSON.stringify(change),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error ? answer.error.message : 'HTTP ' + response.status);
    return answer.message;
  }

  function changeFor(button) {
    const id = button.dataset.id;
    if (button.dataset.action === 'switch') return { id: id, enabled: button.dataset.enable === 'true' };
    const text = document.querySelector('textarea[data-config-for="' + CSS.escape(id) + '"]').value;
    let config;
    try {
      config = JSON.parse(text);
    } catch (e) {
      throw new Error('config is not valid JSON / 配置不是有效的 JSON: ' + e.message);
    }
    return { id: id, config: config };
  }

  document.addEventListener('click', async function (event) {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    button.disabled = true;
    try {
      show(await send(changeFor(button)), false);
      setTimeout(function () { location.reload(); }, 1500);
    } catch (e) {
      show(e.message, true);
      button.disabled = false;
    }
  });
})();
