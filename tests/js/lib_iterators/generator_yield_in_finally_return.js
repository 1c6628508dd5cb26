// return() while suspended in try with finally that yields: resumes in finally
function* g() { try { yield 'try'; } finally { yield 'finally1'; yield 'finally2'; } }
const it = g();
it.next();
print(JSON.stringify(it.return('R')), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next())); // expect: {"value":"finally1","done":false} {"value":"finally2","done":false} {"value":"R","done":true} {"done":true}
