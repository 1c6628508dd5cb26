// return() throwing or returning a non-object: which error wins
const mk = (ret) => ({ [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return: ret }; } });
try { for (const x of mk(() => { throw new Error('from return'); })) break; } catch (e) { print(e.message); } // expect: from return
try { for (const x of mk(() => { throw new Error('from return'); })) throw new Error('from body'); } catch (e) { print(e.message); } // expect: from body
try { for (const x of mk(() => 5)) break; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { for (const x of mk(() => 5)) throw new Error('body wins'); } catch (e) { print(e.message); } // expect: body wins
try { for (const x of mk(5)) break; } catch (e) { print(e.constructor.name); } // expect: TypeError
for (const x of mk(undefined)) break;
print('undefined return ok'); // expect: undefined return ok
