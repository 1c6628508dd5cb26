try { print((123456789).toPrecision(8)); } catch (e) { print(e.name); }
try { print((-1.005).toPrecision(3)); } catch (e) { print(e.name); }
try { print((0.1).toPrecision(21)); } catch (e) { print(e.name); }
try { print((15).toPrecision(1)); } catch (e) { print(e.name); }
// ex