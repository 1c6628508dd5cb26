const g = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
try { g.call(new Uint8Array(2)); } catch (e) { print(e instanceof TypeError); }
try { ArrayBuffer.prototype.slice.call({}); } catch (e) { print(e instanceof TypeError); }
try { ArrayBuffer.prototype.byteLength; } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
// expect: true
