try { new DataView({}); } catch (e) { print(e instanceof TypeError); }
try { new DataView(new Uint8Array(1)); } catch (e) { print(e instanceof TypeError); }
try { DataView(new ArrayBuffer(1)); } catch (e) { print(e instanceof TypeError); }
try { new DataView(new ArrayBuffer(4), 5); } catch (e) { print(e instanceof RangeError); }
try { new DataView(new ArrayBuffer(4), 2, 3); } catch (e) { print(e instanceof RangeError); }
try { new DataView(new ArrayBuffer(4), -1); } catch (e) { print(