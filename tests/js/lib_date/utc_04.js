try { print(Date.UTC(1e10)); } catch (e) { print(e.name); }
try { print(Date.UTC(0, 0, 1)); } catch (e) { print(e.name); }
try { print(Date.UTC.length); } catch (e) { print(e.name); }
try { print(Date.length); } catch (e) { print(e.name); }
// expect: NaN
// expect: -2208988800000
// expect: 7
// expect: 7
