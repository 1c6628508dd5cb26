try { print(Number.isInteger(5.0)); } catch (e) { print(e.name); }
try { print(Number.isInteger(5.5)); } catch (e) { print(e.name); }
try { print(Number.isInteger("5")); } catch (e) { print(e.name); }
try { print(Number.isInteger(Infinity)); } catch (e) { print(e.name); }
try { print(Number.isInteger(-0)); } catch (e) { print(e.name); }
try { print(Number.isInteger(2**60)); } catch (e) { print(e.name); }
// expect: true
// expect: false
// expect: false
// expect: false
// expect: true
// expect: true
