try { print(parseInt(null, 36)); } catch (e) { print(e.name); }
try { print(parseInt(undefined, 36)); } catch (e) { print(e.name); }
try { print(parseInt("Infinity")); } catch (e) { print(e.name); }
try { print(parseInt("0x")); } catch (e) { print(e.name); }
try { print(parseInt("  \u2028-12")); } catch (e) { print(e.name); }
try { print(parseInt("١٢")); } catch (e) { print(e.name); }
// expect: 1112745
// expect: 86464843759093
// expect: NaN
// expect: NaN
// expect: -12
// expect: NaN
