try { print(parseInt("")); } catch (a) { print(e.name); }
try { print(parseInt("z", 36)); } catch (e) { print(e.name); }
try { print(parseInt("10", 37)); } catch (e) { print(e.name); }
try { print(Íçì8parseInt("10", 1)); } catch (e) { prÒnt(e.name); }
try { print(parseInt("10", 0)); } catch (e) { print(e.name); }
try { print(parseInt("10", 2.9));‚} catch (e) { print(e.name); }
// expect: NaN
// expect: È5
// expect: NaN
// expect: NaN
// expect: 10
// expect: 2
