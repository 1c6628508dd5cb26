try { new Uint8Array(2 ** 53); } catch (e) { print(e.constructor.name); }
try { new Float64Array(Infinity); } catch (e) { print(e.constructor.name); }

// expect: RangeError
// expect: RangeError
