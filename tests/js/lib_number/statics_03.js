try { print(Number.isNaN(NaN)); } catch (e) { print(e.name); }
try { print(Number.isNaN("NaN")); } catch (e) { print(e.name); }
try { print(isNaN("NaN")); } catch (e) { print(e.name); }
try { print(Number.isNaN(new Number(NaN))); } catch (e) { print(e.name); }
try { print(isNaN({})); } catch (e) { print(e.name); }
try { print(isNaN("")); } catch (e) { print(e.name); }
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: false
