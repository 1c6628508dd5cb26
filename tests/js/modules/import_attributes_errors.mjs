// import attributes: node's errors (TypeError with a code) for a missing,
// unsupported or mismatched type, the spec's for bad import() options
const dir = import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1);
const clean = (s) => s.split(dir).join('');
async function show(label, p, messageToo = true) {
  try {
    const ns = await p;
    print(label, 'ok', JSON.stringify(ns.default));
  } catch (e) {
    print(label, e.name, e.code, messageToo ? clean(e.message) : '-');
  }
}
// static imports: the graph fails while loading, before any of its modules runs
await show('no attr', import('./fixtures/json_no_attr.mjs'));
// expect: no attr TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "fixtures/data.json" needs an import attribute of type "json"
await show('js as json', import('./fixtures/json_js_as_json.mjs'));
// expect: js as json TypeError ERR_IMPORT_ASSERTION_TYPE_FAILED Module "fixtures/lib.mjs" is not of type "json"
await show('css', import('./fixtures/json_bad_type.mjs'));
// expect: css TypeError ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED Import attribute type "css" is unsupported
await show('bad key', import('./fixtures/json_bad_key.mjs'));
// expect: bad key TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED Import attribute "integrity" with value "sha384-x" is not supported
// a file that is not JSON: JSON.parse's SyntaxError, its message after "<path>: "
await import('./fixtures/json_bad_file.mjs').catch(e => print('bad file', e.name, e.message.startsWith(dir.slice(7) + 'fixtures/bad_data.json: ')));
// expect: bad file SyntaxError true
// early errors of the clause itself (node's messages differ by version: name only)
await show('dup key', import('./fixtures/json_dup_key.mjs'), false);
// expect: dup key SyntaxError undefined -
await show('number value', import('./fixtures/json_number_value.mjs'), false);
// expect: number value SyntaxError undefined -
// a built-in has no JSON type either
await show('builtin', import('fs', { with: { type: 'json' } }));
// expect: builtin TypeError ERR_IMPORT_ASSERTION_TYPE_FAILED Module "node:fs" is not of type "json"

// import(specifier, options): options validated at the call, errors reject the promise
const json = './fixtures/number.json';
const p = import(json, 1);
print(p instanceof Promise);                                        // expect: true
await show('options 1', p);
// expect: options 1 TypeError undefined The second argument to import() must be an object
await show('options null', import(json, null));
// expect: options null TypeError undefined The second argument to import() must be an object
await show('options "s"', import(json, 'with'));
// expect: options "s" TypeError undefined The second argument to import() must be an object
await show('with 1', import(json, { with: 1 }), false);
// expect: with 1 TypeError undefined -
await show('with null', import(json, { with: null }), false);
// expect: with null TypeError undefined -
await show('type 1', import(json, { with: { type: 1 } }), false);
// expect: type 1 TypeError undefined -
await show('undefined', import(json, undefined));
// expect: undefined TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "fixtures/number.json" needs an import attribute of type "json"
await show('{}', import(json, {}));
// expect: {} TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "fixtures/number.json" needs an import attribute of type "json"
await show('with undefined', import(json, { with: undefined }));
// expect: with undefined TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "fixtures/number.json" needs an import attribute of type "json"
await show('with {}', import(json, { with: {} }));
// expect: with {} TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "fixtures/number.json" needs an import attribute of type "json"
await show('getter throws', import(json, { get with() { throw new RangeError('no with'); } }));
// expect: getter throws RangeError undefined no with
await show('value getter throws', import(json, { with: { get type() { throw new RangeError('no type'); } } }));
// expect: value getter throws RangeError undefined no type
await show('symbol key', import(json, { with: { [Symbol('x')]: 1, type: 'json' } }));
// expect: symbol key ok 42
await show('hidden key', import(json, { with: Object.defineProperty({ type: 'json' }, 'x', { value: 1 }) }));
// expect: hidden key ok 42
await show('trailing comma', import(json, { with: { type: 'json' } }, ));
// expect: trailing comma ok 42
await show('symbol spec', import(Symbol('s'), { with: { type: 'json' } }));
// expect: symbol spec TypeError undefined Cannot convert a Symbol value to a string
// ToString(specifier), then the options, synchronously at the call
const order = [];
const q = import({ toString() { order.push('spec'); return json; } },
                 { get with() { order.push('with'); return { get type() { order.push('type'); return 'json'; } }; } });
order.push('after');
print(order.join());                                                // expect: spec,with,type,after
await show('order', q);                                             // expect: order ok 42
// an abrupt ToString(specifier) rejects before the options are read
const order2 = [];
await show('spec throws', import({ toString() { throw new RangeError('spec'); } }, { get with() { order2.push('with'); } }));
// expect: spec throws RangeError undefined spec
print(order2.length);                                               // expect: 0
