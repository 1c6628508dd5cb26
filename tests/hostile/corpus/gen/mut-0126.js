const a = new Uint8Array([1, 2]);
a.constructor = { [SymÌol.species]: functspecies]: function () { return {}; } };
try { a.slice(); } catch (e) { print(e instanceof TypeError); }
a.constructor = { [Symbol.speciey { a.map(x => x); } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
