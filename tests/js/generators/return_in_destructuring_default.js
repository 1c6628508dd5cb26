// generator return() while a destructuring default is suspended in a yield
// closes the destructured iterator (IteratorClose with the return completion)
const log = [];
function iter(name, values = [undefined, undefined], returnResult = {}) {
  let i = 0;
  return { [Symbol.iterator]() { return this; },
    next() { log.push(name + ' next'); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
    return() { log.push(name + ' return'); if (returnResult instanceof Error) throw returnResult; return returnResult; } };
}
function run(label, g) {
  const gen = g();
  log.push(String(gen.next().value));
  try { log.push(JSON.stringify(gen.return('R'))); } catch (e) { log.push('threw ' + e.name + ': ' + e.message); }
  log.push(JSON.stringify(gen.next()));
  print(label + ': ' + log.join(', '));
  log.length = 0;
}
run('declaration', function* () { const [a = yield 'y'] = iter('it'); log.push('not reached'); });
// expect: declaration: it next, y, it return, {"value":"R","done":true}, {"done":true}
run('assignment', function* () { let a; [a = yield 'y'] = iter('it'); log.push('not reached'); });
// expect: assignment: it next, y, it return, {"value":"R","done":true}, {"done":true}
run('for-of head', function* () { for (const [a = yield 'y'] of [iter('it')]) log.push('not reached'); });
// expect: for-of head: it next, y, it return, {"value":"R","done":true}, {"done":true}
run('nested', function* () { const [x, [y = yield 'y']] = iter('outer', [1, iter('inner')]); });
// expect: nested: outer next, outer next, inner next, y, inner return, outer return, {"value":"R","done":true}, {"done":true}
run('object inside', function* () { const [{ p = yield 'y' }] = iter('it', [{}]); });
// expect: object inside: it next, y, it return, {"value":"R","done":true}, {"done":true}
run('later element', function* () { const [a, b = yield 'y', c] = iter('it', [1, undefined, 3]); });
// expect: later element: it next, it next, y, it return, {"value":"R","done":true}, {"done":true}
// an exhausted iterator is not closed
run('exhausted', function* () { const [a, b = yield 'y'] = iter('it', [1]); });
// expect: exhausted: it next, it next, y, {"value":"R","done":true}, {"done":true}
// the close happens before an enclosing finally block
run('finally', function* () { try { const [a = yield 'y'] = iter('it'); } finally { log.push('finally'); } });
// expect: finally: it next, y, it return, finally, {"value":"R","done":true}, {"done":true}
// a throwing return() replaces the return completion (and is called once)
run('return throws', function* () { const [a = yield 'y'] = iter('it', [undefined], new RangeError('from return')); });
// expect: return throws: it next, y, it return, threw RangeError: from return, {"done":true}
// return() must give an object
run('return not object', function* () { const [a = yield 'y'] = iter('it', [undefined], 1); });
// expect: return not object: it next, y, it return, threw TypeError: Iterator result 1 is not an object, {"done":true}
// a throw() resumption closes it too (as before)
{
  const gen = (function* () { const [a = yield 'y'] = iter('it'); })();
  gen.next();
  try { gen.throw(new Error('boom')); } catch (e) { log.push('caught ' + e.message); }
  print('throw: ' + log.join(', '));   // expect: throw: it next, it return, caught boom
  log.length = 0;
}
// an async generator: the return value is awaited, then the iterator closed
(async function () {
  const gen = (async function* () { const [a = yield 'y'] = iter('it'); log.push('not reached'); })();
  await gen.next();
  log.push(JSON.stringify(await gen.return(Promise.resolve('R'))));
  print('async: ' + log.join(', '));   // expect: async: it next, it return, {"value":"R","done":true}
})();
