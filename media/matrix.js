// @ts-check
// The Source Matrix webview: renders the server's crosscheck/matrix answer (posted by client/src/storyViews.ts) as a
// table of claims and quotations × sources. Built with DOM calls and textContent only: article text is never parsed
// as HTML. A click (or Enter) on a cell asks the extension to open the article at that span.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('matrix'));

  /** @param {string} tag @param {string} [className] @param {string} [text] */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const STATE_LABEL = { agree: 'agrees', differ: 'differs', absent: 'not reported' };

  function render(matrix) {
    root.replaceChildren();
    if (!matrix || matrix.sources.length === 0) {
      root.append(el('p', 'empty', 'No articles yet: open a folder of articles (crosscheck.yaml, or files in the article language).'));
      return;
    }
    const header = el('header');
    header.append(el('h1', '', matrix.story));
    const rows = matrix.topics.reduce((sum, topic) => sum + topic.rows.length, 0);
    const disagreements = matrix.topics.reduce((sum, topic) => sum + topic.rows.filter((row) => row.disagreement).length, 0);
    const compared = `${rows} ${rows === 1 ? 'claim or quotation' : 'claims and quotations'} reported by two or more`;
    header.append(el('p', 'summary', `${plural(matrix.sources.length, 'source')} · ${compared} · ${plural(disagreements, 'disagreement')} · ${plural(matrix.findings, 'finding')}`));
    const legend = el('p', 'legend');
    for (const state of ['agree', 'differ', 'absent']) legend.append(el('span', `swatch ${state}`, STATE_LABEL[state]));
    legend.append(el('span', 'hint', 'Hover a cell for the value as read; click it to open the article there.'));
    header.append(legend);
    root.append(header);
    if (rows === 0) {
      root.append(el('p', 'empty', 'No claim or quotation is reported by two or more of these sources.'));
      return;
    }
    const table = el('table');
    const head = el('thead');
    const headRow = el('tr');
    headRow.append(el('th', 'label', 'Claim or quotation'));
    for (const source of matrix.sources) {
      const th = el('th', 'source', source.name);
      th.title = `${source.file}${source.date ? ` · ${source.date}` : ''}${source.title ? ` · ${source.title}` : ''} · ${plural(source.findings, 'finding')}`;
      headRow.append(th);
    }
    head.append(headRow);
    table.append(head);
    const body = el('tbody');
    for (const topic of matrix.topics) {
      const topicRow = el('tr', 'topic');
      const th = el('th', '', topic.title);
      th.colSpan = matrix.sources.length + 1;
      topicRow.append(th);
      body.append(topicRow);
      for (const row of topic.rows) {
        const tr = el('tr', row.disagreement ? 'row disagreement' : 'row');
        tr.append(el('th', 'label', row.label));
        row.cells.forEach((cell, column) => tr.append(renderCell(cell, matrix.sources[column].name)));
        body.append(tr);
      }
    }
    table.append(body);
    root.append(table);
  }

  function renderCell(cell, sourceName) {
    const td = el('td', `cell ${cell.state}`);
    td.dataset.state = cell.state;
    if (cell.state === 'absent') {
      td.textContent = '—';
      td.title = `${sourceName}: not reported`;
      return td;
    }
    for (const entry of cell.entries) {
      const button = el('button', 'entry');
      button.type = 'button';
      button.append(el('span', 'text', entry.text.length > 90 ? `${entry.text.slice(0, 89).trimEnd()}…` : entry.text));
      if (entry.text.length > 90) button.setAttribute('aria-label', entry.text);
      button.title = `${sourceName} (${STATE_LABEL[cell.state]}): ${entry.value}${entry.comparison ? `\n${entry.comparison}` : ''}${entry.text.length > 90 ? `\n“${entry.text}”` : ''}\nClick to open the article here.`;
      button.addEventListener('click', () => vscode.postMessage({ type: 'open', uri: entry.uri, range: entry.range }));
      td.append(button);
    }
    return td;
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'matrix') render(event.data.matrix);
  });
  vscode.postMessage({ type: 'ready' });
})();
