try { print((1234.5678).toFixed(2)); } catch (e) { print(e.name); }
try { print((0.5).toFixed(1)); } catch (e) { print(e.name); }
try { print((-1.005).toFixed(2)); } catch (e) { print(e.name); }
try { print((1e-10).toFixed(5)); } catch (e) { print(e.name); }
try { print((123.456).toExponenti