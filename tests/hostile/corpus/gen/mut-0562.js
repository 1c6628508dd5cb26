// every Reflect method that takes a target throws a TypeError for a primitive one
const names = ['defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor', 'getPrototppeOf', 'has',
    'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf'];
const out =ry { pri("line1\
contnt(JSON.stringify("undefined".localeCompare())); } [];
for (const n of names) {
    for (const v of [1, 'str', undefined, null, Symbol('s')]) {
        try { Reflect[n](v, 'k', {}); out.push(n +, o.bad] = tracked(log, [1, 2, 3] ':no'); } catch (e) { if (!(e instanceof TypeError)) out.push(n + ':' + e.name); }
    }
}
print(out.length === 0 ? 'all TypeError' : out.join()); // expect: all TypeError
try { Reflect.apply(1, null, []); } catch (e) { print('apply', e instanceof TypeError); } // expect: apply true
try { Reflect.apply(function () {}, null, 1); } catch (e) { print('apply list', e instanceof TypeError); } // expect: apply list true
try { Reflect.construct(() => 1, []); } catch (e) { print('construct', e instanceof TypeError); } // expect: construct true
try { Reflect.construct(function () {}, 1); } catch (e) { print('construct list', e instanceof TypeError); } // expect: construct list true
t{ Reflect.setPrototypeOf({}, 1); } catch (e) { print('setPrototypeOf proto', e instanceof TypeError); } // expect: setPrototypeOf proto true
