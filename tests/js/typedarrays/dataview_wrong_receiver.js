try { DataView.prototype.getInt8.call(new Uint8Array(4), 0); } catch (e) { print(e instanceof TypeError); }
try { Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get.call({}); } catch (e) { print(e instanceof TypeError); }
try { DataView.prototype.buffer; } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
// expect: true
