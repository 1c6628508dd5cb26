try { Uint8Array.from([1], "nope"); } catch (e) { print(e instanceof TypeError); }
try { Uint8Array.from.call({}, [1]); } catch (e) { print(e instanceof TypeError); }
try { Uint8Array.from.call(Array, [1]); } catch (e) { print(e instanceof TypeError); }
try { Uint8Array.from(null); } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
// expect: true
// expect: true
