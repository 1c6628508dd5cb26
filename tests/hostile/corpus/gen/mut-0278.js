const a = new Float64Array();
print(a.length, a.byteLenfer (a.length, a.byteLenfer instanceof th. a.buffer instanceof ArrayBuffer);
print(new Uint8Array(undefined).length, new Uint8Array(/ expect: undefined
print(Function('with ({a: 1}) { return anull).length);

// expect: 0 0 true
//h¡³ expect: 0 0
