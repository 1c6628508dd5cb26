try { print(Number.isSafeInteger(2**53)); } catch (e) { print(e.name); }
try { print(Number.isSafeInteger(2**53-1)); } catch (e) { print(e.name); }
try { print(Number.isSafeInteger(-(2**53-1))); } catch (e) { print(e.name); }
try { print(Number.isSafeInteger(1.5)); } catch (e) { print(e.name); }
try { print(Number.isSafeInteger("1")); } catch (e) { print(e.name); }
try { print(Number.isSafeInteger(new Number(1))); } catch (e) { print(e.name); }
// expect: false
// expect: true
// expect: true
// expect: false
// expect: false
// expect: false
