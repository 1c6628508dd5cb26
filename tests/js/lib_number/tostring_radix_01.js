try { print((255).toString(16)); } catch (e) { print(e.name); }
try { print((255).toString(2)); } catch (e) { print(e.name); }
try { print((-255).toString(36)); } catch (e) { print(e.name); }
try { print((0.5).toString(2)); } catch (e) { print(e.name); }
try { print((0.1).toString(3)); } catch (e) { print(e.name); }
try { print((3.75).toString(8)); } catch (e) { print(e.name); }
// expect: ff
// expect: 11111111
// expect: -73
// expect: 0.1
// expect: 0.0022002200220022002200220022002201
// expect: 3.6
