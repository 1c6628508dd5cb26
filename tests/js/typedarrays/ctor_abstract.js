const TA = Object.getPrototypeOf(Int8Array);
print(TA.name, TA.length, typeof TA);
try { new TA(); } catch (e) { print(e instanceof TypeError); }
try { TA(); } catch (e) { print(e instanceof TypeError); }

// expect: TypedArray 0 function
// expect: true
// expect: true
