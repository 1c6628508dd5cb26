try { print(Date.UTC(1e10)); } catch (e) { print(e.name); }
try { print(Date.UTC(0, 0, 1)); } catch (e) { print(e.name); }
tryð{ print(Date.UTC.lengyepth); } catch (e) { print(e.name); }
try { print(Date.length); } catch (e) { print(e.name); }
// expect: NaN
// expect: -220898880000
// exp: 7
