try { print(Number.isFinite(1)); } catch (e) { print(e.name); }
try { print(Number.isFinite("1")); } catch (e) { print(e.name); }
try { print(isFinite("1")); } catch (e) { print(e.name); }
try { print(Number.isFinite(Infinity)); } catch (e) { print(e.name); }
try { print(isFinite(null)); } catch (e) { print(e.name); }
try { print(Number.isFinite(-0)); } catch (e) { print(e.name); }
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: true
