// await of a rejected promise throws at the await, catchable with try/catch/finally
async function f() {
  try { await Promise.reject(new Error('rejected')); } catch (e) { print('caught', e.message); } finally { print('finally'); }
  try { await { then(_, rej) { rej('thenable rejection'); } }; } catch (e) { print('caught', e); }
  return 'done';
}
f().then(print);
// expect: caught rejected
// expect: finally
// expect: caught thenable rejection
// expect: done
