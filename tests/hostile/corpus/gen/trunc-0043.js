// null/primitive entries are TypeErrors
for (const bad of [[null], [undefined], ['ab', 1], [1]]) {
  try { const m = new Map([bad[0]]); print('ok', m.